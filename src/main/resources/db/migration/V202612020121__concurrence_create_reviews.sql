-- Issue 14, section 1: interagency concurrence on a country plan. Each submission of a plan for interagency review
-- opens a review (a numbered round with the due date the conductor set); each participating agency gets a request,
-- answered by one of its concurrence officials (concur, concur with comments, non-concur with reasons). The review
-- closes when the plan leaves review: approved (with an administrator's justification when approved over a
-- non-concurrence or an overdue answer) or returned to draft. Reviews, requests and the log are never deleted.
create table concurrence_review (
    id                bigserial     primary key,
    plan_id           bigint        not null,
    round             int           not null,
    due_date          date          not null,
    opened_by         varchar(100)  not null,
    opened_at         timestamptz   not null,
    closed_by         varchar(100),
    closed_at         timestamptz,
    outcome           varchar(20),
    justification     text,
    overridden        text,
    constraint fk_concurrence_review_plan foreign key (plan_id) references country_plan (id),
    constraint uq_concurrence_review_round unique (plan_id, round),
    constraint ck_concurrence_review_round check (round > 0),
    constraint ck_concurrence_review_outcome check (outcome in ('APPROVED', 'RETURNED_TO_DRAFT')),
    constraint ck_concurrence_review_closed check ((closed_at is null and closed_by is null and outcome is null)
        or (closed_at is not null and closed_by is not null and outcome is not null)),
    constraint ck_concurrence_review_justification check (justification is null
        or (outcome = 'APPROVED' and length(btrim(justification)) > 0))
);
-- at most one open review per plan
create unique index uq_concurrence_review_open on concurrence_review (plan_id) where closed_at is null;

create table concurrence_request (
    id                   bigserial     primary key,
    review_id            bigint        not null,
    agency_id            bigint        not null,
    requested_at         timestamptz   not null,
    answer               varchar(30),
    comments             text,
    answered_by_user_id  bigint,
    answered_by          varchar(100),
    answered_at          timestamptz,
    withdrawn_at         timestamptz,
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    created_by           varchar(100)  not null default 'system',
    updated_at           timestamptz   not null default now(),
    updated_by           varchar(100)  not null default 'system',
    constraint fk_concurrence_request_review foreign key (review_id) references concurrence_review (id),
    constraint fk_concurrence_request_agency foreign key (agency_id) references agency (id),
    constraint fk_concurrence_request_user foreign key (answered_by_user_id) references app_user (id),
    constraint uq_concurrence_request_agency unique (review_id, agency_id),
    constraint ck_concurrence_request_answer check (answer in ('CONCUR', 'CONCUR_WITH_COMMENTS', 'NON_CONCUR')),
    constraint ck_concurrence_request_answered check ((answer is null and answered_at is null and answered_by is null)
        or (answer is not null and answered_at is not null and answered_by is not null)),
    constraint ck_concurrence_request_reasons check (answer is null or answer = 'CONCUR'
        or length(btrim(coalesce(comments, ''))) > 0)
);
create index ix_concurrence_request_agency on concurrence_request (agency_id);
create index ix_concurrence_request_user on concurrence_request (answered_by_user_id);

-- what an answer's comments or reasons concern: objectives and programs of the plan, with their titles as they
-- read when answered (the answer keeps them if the objective or program is later removed)
create table concurrence_request_concern (
    request_id  bigint        not null,
    kind        varchar(20)   not null,
    ref_id      bigint        not null,
    label       varchar(300)  not null,
    constraint pk_concurrence_request_concern primary key (request_id, kind, ref_id),
    constraint fk_concurrence_request_concern_request foreign key (request_id) references concurrence_request (id),
    constraint ck_concurrence_request_concern_kind check (kind in ('OBJECTIVE', 'PROGRAM'))
);

-- every request, answer, change and decision, with who and when
create table concurrence_log (
    id          bigserial     primary key,
    plan_id     bigint        not null,
    review_id   bigint        not null,
    agency_id   bigint,
    kind        varchar(30)   not null,
    answer      varchar(30),
    detail      text,
    actor       varchar(100)  not null,
    logged_at   timestamptz   not null,
    constraint fk_concurrence_log_plan foreign key (plan_id) references country_plan (id),
    constraint fk_concurrence_log_review foreign key (review_id) references concurrence_review (id),
    constraint fk_concurrence_log_agency foreign key (agency_id) references agency (id),
    constraint ck_concurrence_log_kind check (kind in ('REQUESTED', 'ANSWERED', 'ANSWER_CHANGED', 'WITHDRAWN',
        'APPROVED', 'APPROVED_OVER_OBJECTIONS', 'RETURNED_TO_DRAFT')),
    constraint ck_concurrence_log_answer check (answer in ('CONCUR', 'CONCUR_WITH_COMMENTS', 'NON_CONCUR'))
);
create index ix_concurrence_log_plan on concurrence_log (plan_id, logged_at);
create index ix_concurrence_log_review on concurrence_log (review_id);
create index ix_concurrence_log_agency on concurrence_log (agency_id);

-- plans already in review when concurrence arrived: their review opens now, due in 30 days, every agency pending
insert into concurrence_review (plan_id, round, due_date, opened_by, opened_at)
select p.id, 1, current_date + 30, 'system', now() from country_plan p where p.status = 'INTERAGENCY_REVIEW';
insert into concurrence_request (review_id, agency_id, requested_at)
select r.id, a.agency_id, now() from concurrence_review r join plan_participating_agency a on a.plan_id = r.plan_id;
insert into concurrence_log (plan_id, review_id, agency_id, kind, actor, logged_at)
select r.plan_id, r.id, q.agency_id, 'REQUESTED', 'system', now()
from concurrence_review r join concurrence_request q on q.review_id = r.id;
