-- "Compute all" as a background job (issue 15, issue 18): each run of the whole portfolio's assessments is a row,
-- written plan by plan as it goes (one transaction per plan), so that its progress shows on /portfolio, it survives
-- a restart as a record (a run whose instance stopped is marked interrupted), and only one runs at a time across
-- instances (the partial unique index refuses a second running row).
create table portfolio_assessment_run (
    id                 bigserial     not null,
    status             varchar(12)   not null,
    started_by         varchar(100)  not null,
    started_at         timestamptz   not null,
    heartbeat_at       timestamptz   not null,
    finished_at        timestamptz,
    plans_total        integer       not null,
    plans_done         integer       not null default 0,
    plans_failed       integer       not null default 0,
    programs_assessed  integer       not null default 0,
    constraint pk_portfolio_assessment_run primary key (id),
    constraint ck_portfolio_assessment_run_status check (status in ('RUNNING', 'FINISHED', 'INTERRUPTED')),
    constraint ck_portfolio_assessment_run_counts check (plans_done >= 0 and plans_failed >= 0
        and plans_done + plans_failed <= plans_total and programs_assessed >= 0),
    constraint ck_portfolio_assessment_run_finished check ((status = 'RUNNING') = (finished_at is null))
);
create unique index ux_portfolio_assessment_run_running on portfolio_assessment_run (status) where status = 'RUNNING';
create index ix_portfolio_assessment_run_started on portfolio_assessment_run (started_at desc, id desc);

-- the plans a run could not compute (its other plans are kept), with the error for the log's reader
create table portfolio_assessment_run_failure (
    run_id      bigint         not null,
    plan_id     bigint         not null,
    message     varchar(1000)  not null,
    constraint pk_portfolio_assessment_run_failure primary key (run_id, plan_id),
    constraint fk_portfolio_assessment_run_failure_run foreign key (run_id)
        references portfolio_assessment_run (id) on delete cascade
);
