-- Portfolio reviews (issue 15, section 6): a review of a plan, a region or a fiscal year, who conducted it and when,
-- and per program the decision taken with the recommendation it was taken against. A decision that differs from the
-- recommendation carries its reason; an experiment its hypothesis, success indicator, review date and stop criterion;
-- a cut its closure plan and its effect on the theory of change (the outcomes that lose their only program).
create table portfolio_review (
    id             bigserial    primary key,
    scope          varchar(20)  not null,
    plan_id        bigint,
    region_id      bigint,
    fiscal_year    integer,
    title          varchar(300) not null,
    reviewer_id    bigint       not null,
    reviewer_name  varchar(200) not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    created_by     varchar(100) not null default 'system',
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(100) not null default 'system',
    constraint fk_portfolio_review_plan foreign key (plan_id) references country_plan (id) on delete cascade,
    constraint fk_portfolio_review_region foreign key (region_id) references region (id),
    constraint fk_portfolio_review_reviewer foreign key (reviewer_id) references app_user (id),
    constraint ck_portfolio_review_scope check (
        (scope = 'PLAN' and plan_id is not null and region_id is null and fiscal_year is null)
        or (scope = 'REGION' and region_id is not null and plan_id is null and fiscal_year is null)
        or (scope = 'FISCAL_YEAR' and fiscal_year is not null and plan_id is null and region_id is null))
);
create index ix_portfolio_review_plan on portfolio_review (plan_id);
create index ix_portfolio_review_region on portfolio_review (region_id);
create index ix_portfolio_review_fiscal_year on portfolio_review (fiscal_year);
create index ix_portfolio_review_reviewer on portfolio_review (reviewer_id);

create table portfolio_review_item (
    id                      bigserial     primary key,
    review_id               bigint        not null,
    program_id              bigint        not null,
    plan_id                 bigint        not null,
    decision                varchar(20),
    recommended             varchar(20),
    recommended_reasons     varchar(4000),
    reason                  varchar(2000),
    owner                   varchar(200),
    follow_up_date          date,
    hypothesis              varchar(2000),
    success_indicator       varchar(500),
    experiment_review_date  date,
    stop_criterion          varchar(2000),
    closure_plan            varchar(4000),
    theory_of_change_effect varchar(4000),
    decided_by              varchar(100),
    decided_at              timestamptz,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null default now(),
    created_by              varchar(100)  not null default 'system',
    updated_at              timestamptz   not null default now(),
    updated_by              varchar(100)  not null default 'system',
    constraint fk_portfolio_review_item_review foreign key (review_id) references portfolio_review (id)
        on delete cascade,
    constraint fk_portfolio_review_item_program foreign key (program_id) references program (id) on delete cascade,
    constraint fk_portfolio_review_item_plan foreign key (plan_id) references country_plan (id) on delete cascade,
    constraint uq_portfolio_review_item unique (review_id, program_id),
    constraint ck_portfolio_review_item_decision check (decision is null
        or decision in ('SUSTAIN', 'REVAMP', 'CUT', 'EXPERIMENT')),
    constraint ck_portfolio_review_item_experiment check (decision is distinct from 'EXPERIMENT'
        or (hypothesis is not null and success_indicator is not null and experiment_review_date is not null
            and stop_criterion is not null)),
    constraint ck_portfolio_review_item_cut check (decision is distinct from 'CUT' or closure_plan is not null),
    constraint ck_portfolio_review_item_differs check (decision is null or decision = recommended
        or reason is not null),
    constraint ck_portfolio_review_item_decided check (decision is null
        or (owner is not null and follow_up_date is not null and decided_by is not null and decided_at is not null))
);
create index ix_portfolio_review_item_review on portfolio_review_item (review_id);
create index ix_portfolio_review_item_program on portfolio_review_item (program_id);
create index ix_portfolio_review_item_plan on portfolio_review_item (plan_id);
create index ix_portfolio_review_item_follow_up on portfolio_review_item (follow_up_date);

-- Every decision as it was recorded (a decision may be taken again later): the history of a program's decisions.
create table portfolio_decision_log (
    id                      bigserial     primary key,
    item_id                 bigint        not null,
    review_id               bigint        not null,
    program_id              bigint        not null,
    decision                varchar(20)   not null,
    recommended             varchar(20),
    reason                  varchar(2000),
    owner                   varchar(200)  not null,
    follow_up_date          date          not null,
    decided_by              varchar(100)  not null,
    decided_at              timestamptz   not null,
    constraint fk_portfolio_decision_log_item foreign key (item_id) references portfolio_review_item (id)
        on delete cascade
);
create index ix_portfolio_decision_log_item on portfolio_decision_log (item_id);
create index ix_portfolio_decision_log_program on portfolio_decision_log (program_id);
