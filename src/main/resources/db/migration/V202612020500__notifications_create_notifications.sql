-- Issue 14, section 4: the in-app inbox. One row per notice to one user (concurrence requested, answered, overdue,
-- review decided, invitation to participate, a new blocking compliance finding), written by the notifications
-- module's listeners from the other modules' events. The subject (plan or program title) and the detail (agency,
-- answer, outcome, restriction) are kept as they were when the notice was written. Plans and programs are named by
-- id without a foreign key: a notice outlives a deleted program (its link then answers 404).
create table notification (
    id                 bigserial     primary key,
    recipient_user_id  bigint        not null,
    kind               varchar(30)   not null,
    plan_id            bigint,
    program_id         bigint,
    review_id          bigint,
    agency_id          bigint,
    subject            varchar(300)  not null,
    detail             text,
    actor              varchar(100),
    created_at         timestamptz   not null,
    read_at            timestamptz,
    constraint fk_notification_recipient foreign key (recipient_user_id) references app_user (id) on delete cascade,
    constraint ck_notification_kind check (kind in ('CONCURRENCE_REQUESTED', 'CONCURRENCE_ANSWERED',
        'CONCURRENCE_OVERDUE', 'REVIEW_DECIDED', 'AGENCY_INVITED', 'BLOCKING_FINDING'))
);
-- the inbox, newest first
create index ix_notification_recipient on notification (recipient_user_id, created_at desc, id desc);
-- the navigation bar's unread count: one index-only count
create index ix_notification_unread on notification (recipient_user_id) where read_at is null;
-- an overdue request is announced once to each official, however often (and on however many instances) the
-- check runs
create unique index uq_notification_overdue on notification (recipient_user_id, review_id, agency_id)
    where kind = 'CONCURRENCE_OVERDUE';
