-- Issue 14, section 2: an invitation to take part in a plan. When the conductor invites an agency (e.g. from the
-- "Who else could help" panel) the agency becomes participating with its acceptance pending from its concurrence
-- official (or an administrator). Accepting keeps it participating; declining (with a reason) ends its
-- participation, and the plan's suggestions show the decline with its reason and who. A pending invitation whose
-- agency was removed from the plan, or that a new invitation replaced, is withdrawn. Never deleted: the history.
create table concurrence_invitation (
    id                   bigserial     primary key,
    plan_id              bigint        not null,
    agency_id            bigint        not null,
    invited_by           varchar(100)  not null,
    invited_at           timestamptz   not null,
    status               varchar(20)   not null default 'PENDING',
    answered_by_user_id  bigint,
    answered_by          varchar(100),
    answered_at          timestamptz,
    reason               text,
    version              bigint        not null default 0,
    constraint fk_concurrence_invitation_plan foreign key (plan_id) references country_plan (id),
    constraint fk_concurrence_invitation_agency foreign key (agency_id) references agency (id),
    constraint fk_concurrence_invitation_user foreign key (answered_by_user_id) references app_user (id),
    constraint ck_concurrence_invitation_status check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    constraint ck_concurrence_invitation_answered check ((status = 'PENDING' and answered_at is null)
        or (status <> 'PENDING' and answered_at is not null and answered_by is not null)),
    constraint ck_concurrence_invitation_reason check (status <> 'DECLINED'
        or length(btrim(coalesce(reason, ''))) > 0)
);
-- at most one pending invitation of an agency to a plan
create unique index uq_concurrence_invitation_pending on concurrence_invitation (plan_id, agency_id)
    where status = 'PENDING';
create index ix_concurrence_invitation_plan on concurrence_invitation (plan_id, invited_at);
create index ix_concurrence_invitation_agency on concurrence_invitation (agency_id);
create index ix_concurrence_invitation_user on concurrence_invitation (answered_by_user_id);
