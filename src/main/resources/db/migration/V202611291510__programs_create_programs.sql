-- Programs: one assistance activity inside a country plan, with its funding lines per fiscal year
-- and funding account.
create table program (
    id                              bigserial      primary key,
    plan_id                         bigint         not null,
    title                           varchar(300)   not null,
    description                     text,
    lead_agency_id                  bigint         not null,
    assistance_type_code            varchar(40)    not null,
    recipient_unit_id               bigint,
    recipient_type_code             varchar(40)    not null,
    primary_category                varchar(20)    not null,
    horizon                         varchar(20)    not null,
    priority                        varchar(10)    not null,
    risk                            varchar(10)    not null,
    status                          varchar(20)    not null,
    start_date                      date           not null,
    end_date                        date           not null,
    absorptive_capacity_assessment  text,
    absorptive_capacity_rating      varchar(10),
    sustainer                       varchar(300),
    sustainment_annual_cost         numeric(19, 2),
    search_vector                   tsvector generated always as (
        to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, ''))) stored,
    version                         bigint         not null default 0,
    created_at                      timestamptz    not null default now(),
    created_by                      varchar(100)   not null default 'system',
    updated_at                      timestamptz    not null default now(),
    updated_by                      varchar(100)   not null default 'system',
    constraint fk_program_plan foreign key (plan_id) references country_plan (id),
    constraint fk_program_lead_agency foreign key (lead_agency_id) references agency (id),
    constraint fk_program_assistance_type foreign key (assistance_type_code) references assistance_type (code),
    constraint fk_program_recipient_unit foreign key (recipient_unit_id) references partner_unit (id),
    constraint fk_program_recipient_type foreign key (recipient_type_code) references recipient_type (code),
    constraint fk_program_primary_category foreign key (primary_category) references objective_category (code),
    constraint ck_program_horizon check (horizon in ('TACTICAL', 'STRATEGIC')),
    constraint ck_program_priority check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    constraint ck_program_risk check (risk in ('HIGH', 'MEDIUM', 'LOW')),
    constraint ck_program_absorptive_rating check (absorptive_capacity_rating is null
        or absorptive_capacity_rating in ('HIGH', 'MEDIUM', 'LOW')),
    constraint ck_program_status check (status in ('PROPOSED', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'TERMINATED')),
    constraint ck_program_dates check (end_date >= start_date),
    constraint ck_program_sustainment_cost check (sustainment_annual_cost is null or sustainment_annual_cost >= 0),
    -- oversight keeps finding these missing: an active program must have both
    constraint ck_program_active_requires_assessment check (status in ('PROPOSED', 'TERMINATED') or (
        absorptive_capacity_assessment is not null and absorptive_capacity_rating is not null
        and sustainer is not null and sustainment_annual_cost is not null))
);
create index ix_program_plan on program (plan_id);
create index ix_program_lead_agency on program (lead_agency_id);
create index ix_program_assistance_type on program (assistance_type_code);
create index ix_program_recipient_unit on program (recipient_unit_id);
create index ix_program_recipient_type on program (recipient_type_code);
create index ix_program_primary_category on program (primary_category);
create index ix_program_horizon on program (horizon);
create index ix_program_status on program (status);
create index ix_program_updated_at on program (updated_at desc, id desc);
create index ix_program_search on program using gin (search_vector);

create table program_supporting_agency (
    program_id  bigint not null,
    agency_id   bigint not null,
    constraint pk_program_supporting_agency primary key (program_id, agency_id),
    constraint fk_program_supporting_agency_program foreign key (program_id) references program (id) on delete cascade,
    constraint fk_program_supporting_agency_agency foreign key (agency_id) references agency (id)
);
create index ix_program_supporting_agency_agency on program_supporting_agency (agency_id);

create table program_authority (
    program_id    bigint not null,
    authority_id  bigint not null,
    constraint pk_program_authority primary key (program_id, authority_id),
    constraint fk_program_authority_program foreign key (program_id) references program (id) on delete cascade,
    constraint fk_program_authority_authority foreign key (authority_id) references authority (id)
);
create index ix_program_authority_authority on program_authority (authority_id);

create table program_capability_domain (
    program_id              bigint      not null,
    capability_domain_code  varchar(40) not null,
    constraint pk_program_capability_domain primary key (program_id, capability_domain_code),
    constraint fk_program_capability_domain_program foreign key (program_id) references program (id) on delete cascade,
    constraint fk_program_capability_domain_domain foreign key (capability_domain_code) references capability_domain (code)
);
create index ix_program_capability_domain_domain on program_capability_domain (capability_domain_code);

create table program_objective_category (
    program_id  bigint      not null,
    category    varchar(20) not null,
    constraint pk_program_objective_category primary key (program_id, category),
    constraint fk_program_objective_category_program foreign key (program_id) references program (id) on delete cascade,
    constraint fk_program_objective_category_category foreign key (category) references objective_category (code)
);
create index ix_program_objective_category_category on program_objective_category (category);

create table program_funding_line (
    id               bigserial      primary key,
    program_id       bigint         not null,
    fiscal_year      int            not null,
    funding_account  varchar(200)   not null,
    requested        numeric(19, 2) not null default 0,
    allocated        numeric(19, 2) not null default 0,
    obligated        numeric(19, 2) not null default 0,
    disbursed        numeric(19, 2) not null default 0,
    constraint fk_program_funding_line_program foreign key (program_id) references program (id) on delete cascade,
    constraint uq_program_funding_line unique (program_id, fiscal_year, funding_account),
    constraint ck_program_funding_line_year check (fiscal_year between 2000 and 2100),
    constraint ck_program_funding_line_nonnegative check (requested >= 0 and allocated >= 0 and obligated >= 0
        and disbursed >= 0),
    constraint ck_program_funding_line_chain check (disbursed <= obligated and obligated <= allocated)
);
create index ix_program_funding_line_program on program_funding_line (program_id);
create index ix_program_funding_line_year on program_funding_line (fiscal_year);

-- Which programs serve which intermediate outcome of the plan's theory of change.
create table plan_outcome_program (
    outcome_id  bigint not null,
    program_id  bigint not null,
    constraint pk_plan_outcome_program primary key (outcome_id, program_id),
    constraint fk_plan_outcome_program_outcome foreign key (outcome_id) references plan_outcome (id) on delete cascade,
    constraint fk_plan_outcome_program_program foreign key (program_id) references program (id) on delete cascade
);
create index ix_plan_outcome_program_program on plan_outcome_program (program_id);

create table program_aud (
    id                              bigint         not null,
    rev                             bigint         not null,
    revtype                         smallint,
    plan_id                         bigint,
    title                           varchar(300),
    description                     text,
    lead_agency_id                  bigint,
    assistance_type_code            varchar(40),
    recipient_unit_id               bigint,
    recipient_type_code             varchar(40),
    primary_category                varchar(20),
    horizon                         varchar(20),
    priority                        varchar(10),
    risk                            varchar(10),
    status                          varchar(20),
    start_date                      date,
    end_date                        date,
    absorptive_capacity_assessment  text,
    absorptive_capacity_rating      varchar(10),
    sustainer                       varchar(300),
    sustainment_annual_cost         numeric(19, 2),
    constraint pk_program_aud primary key (id, rev),
    constraint fk_program_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_program_aud_rev on program_aud (rev);

create table program_supporting_agency_aud (
    rev         bigint   not null,
    revtype     smallint,
    program_id  bigint   not null,
    agency_id   bigint   not null,
    constraint pk_program_supporting_agency_aud primary key (rev, program_id, agency_id),
    constraint fk_program_supporting_agency_aud_rev foreign key (rev) references audit_revision (id)
);

create table program_authority_aud (
    rev           bigint   not null,
    revtype       smallint,
    program_id    bigint   not null,
    authority_id  bigint   not null,
    constraint pk_program_authority_aud primary key (rev, program_id, authority_id),
    constraint fk_program_authority_aud_rev foreign key (rev) references audit_revision (id)
);

create table program_capability_domain_aud (
    rev                     bigint      not null,
    revtype                 smallint,
    program_id              bigint      not null,
    capability_domain_code  varchar(40) not null,
    constraint pk_program_capability_domain_aud primary key (rev, program_id, capability_domain_code),
    constraint fk_program_capability_domain_aud_rev foreign key (rev) references audit_revision (id)
);

create table program_objective_category_aud (
    rev         bigint      not null,
    revtype     smallint,
    program_id  bigint      not null,
    category    varchar(20) not null,
    constraint pk_program_objective_category_aud primary key (rev, program_id, category),
    constraint fk_program_objective_category_aud_rev foreign key (rev) references audit_revision (id)
);
