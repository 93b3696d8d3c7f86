-- Portfolio review (issue 15, section 1): what each plan objective is worth and what is lost if it fails, the
-- priority tier of each partner country (set by administrators; every setting is kept, the latest one counts), and a
-- planner's override of a program's derived priority (with the reason). Owned by the portfolio module; the plans
-- module's objectives are not touched (keyed by their id, removed with them).
create table portfolio_objective_priority (
    objective_id  bigint        primary key,
    plan_id       bigint        not null,
    priority      smallint      not null,
    stakes        varchar(2000),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    created_by    varchar(100)  not null default 'system',
    updated_at    timestamptz   not null default now(),
    updated_by    varchar(100)  not null default 'system',
    constraint fk_portfolio_objective_priority_objective foreign key (objective_id) references plan_objective (id)
        on delete cascade,
    constraint fk_portfolio_objective_priority_plan foreign key (plan_id) references country_plan (id)
        on delete cascade,
    constraint ck_portfolio_objective_priority_priority check (priority between 1 and 5)
);
create index ix_portfolio_objective_priority_plan on portfolio_objective_priority (plan_id);

create table portfolio_country_tier (
    id          bigserial     primary key,
    country_id  bigint        not null,
    tier        smallint      not null,
    reason      varchar(2000) not null,
    set_by      varchar(100)  not null,
    set_at      timestamptz   not null default clock_timestamp(),
    constraint fk_portfolio_country_tier_country foreign key (country_id) references country (id),
    constraint ck_portfolio_country_tier_tier check (tier between 1 and 3)
);
create index ix_portfolio_country_tier_country on portfolio_country_tier (country_id, set_at desc);

create table portfolio_priority_override (
    program_id  bigint        primary key,
    priority    smallint      not null,
    reason      varchar(2000) not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    created_by  varchar(100)  not null default 'system',
    updated_at  timestamptz   not null default now(),
    updated_by  varchar(100)  not null default 'system',
    constraint fk_portfolio_priority_override_program foreign key (program_id) references program (id)
        on delete cascade,
    constraint ck_portfolio_priority_override_priority check (priority between 1 and 5)
);
