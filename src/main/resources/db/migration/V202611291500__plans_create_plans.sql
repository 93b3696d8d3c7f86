-- Country plans: one per partner country and fiscal-year span, with exactly one conductor (a user),
-- the participating agencies and a structured theory of change (objective -> outcomes -> programs).
create table country_plan (
    id                   bigserial    primary key,
    country_id           bigint       not null,
    title                varchar(300) not null,
    start_fiscal_year    int          not null,
    end_fiscal_year      int          not null,
    desired_end_states   text         not null,
    conductor_user_id    bigint       not null,
    -- the conductor's agency when the conductor was assigned (filter "conductor's agency" in SQL)
    conductor_agency_id  bigint       not null,
    status               varchar(30)  not null,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    created_by           varchar(100) not null default 'system',
    updated_at           timestamptz  not null default now(),
    updated_by           varchar(100) not null default 'system',
    constraint fk_country_plan_country foreign key (country_id) references country (id),
    constraint fk_country_plan_conductor foreign key (conductor_user_id) references app_user (id),
    constraint fk_country_plan_conductor_agency foreign key (conductor_agency_id) references agency (id),
    constraint ck_country_plan_status check (status in ('DRAFT', 'INTERAGENCY_REVIEW', 'APPROVED', 'ARCHIVED')),
    constraint ck_country_plan_years check (start_fiscal_year between 2000 and 2100
        and end_fiscal_year between 2000 and 2100 and end_fiscal_year >= start_fiscal_year)
);
create index ix_country_plan_country on country_plan (country_id);
create index ix_country_plan_conductor on country_plan (conductor_user_id);
create index ix_country_plan_conductor_agency on country_plan (conductor_agency_id);
create index ix_country_plan_status on country_plan (status);
create index ix_country_plan_years on country_plan (start_fiscal_year, end_fiscal_year);

create table plan_participating_agency (
    plan_id    bigint not null,
    agency_id  bigint not null,
    constraint pk_plan_participating_agency primary key (plan_id, agency_id),
    constraint fk_plan_participating_agency_plan foreign key (plan_id) references country_plan (id) on delete cascade,
    constraint fk_plan_participating_agency_agency foreign key (agency_id) references agency (id)
);
create index ix_plan_participating_agency_agency on plan_participating_agency (agency_id);

create table plan_objective (
    id           bigserial    primary key,
    plan_id      bigint       not null,
    category     varchar(20)  not null,
    title        varchar(300) not null,
    description  text,
    created_at   timestamptz  not null default now(),
    constraint fk_plan_objective_plan foreign key (plan_id) references country_plan (id) on delete cascade,
    constraint fk_plan_objective_category foreign key (category) references objective_category (code)
);
create index ix_plan_objective_plan on plan_objective (plan_id);
create index ix_plan_objective_category on plan_objective (category);

create table plan_outcome (
    id            bigserial    primary key,
    objective_id  bigint       not null,
    title         varchar(300) not null,
    description   text,
    created_at    timestamptz  not null default now(),
    constraint fk_plan_outcome_objective foreign key (objective_id) references plan_objective (id) on delete cascade
);
create index ix_plan_outcome_objective on plan_outcome (objective_id);

create table country_plan_aud (
    id                   bigint       not null,
    rev                  bigint       not null,
    revtype              smallint,
    country_id           bigint,
    title                varchar(300),
    start_fiscal_year    int,
    end_fiscal_year      int,
    desired_end_states   text,
    conductor_user_id    bigint,
    conductor_agency_id  bigint,
    status               varchar(30),
    constraint pk_country_plan_aud primary key (id, rev),
    constraint fk_country_plan_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_country_plan_aud_rev on country_plan_aud (rev);

create table plan_participating_agency_aud (
    rev        bigint   not null,
    revtype    smallint,
    plan_id    bigint   not null,
    agency_id  bigint   not null,
    constraint pk_plan_participating_agency_aud primary key (rev, plan_id, agency_id),
    constraint fk_plan_participating_agency_aud_rev foreign key (rev) references audit_revision (id)
);
