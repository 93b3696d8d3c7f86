-- Compliance findings. compliance_program keeps the facts each program was last evaluated on (so that a
-- waiver, restriction or human-rights change can re-evaluate it, and the lists and the waiver pressure
-- report can filter and aggregate in SQL); program_id, plan_id refer to the programs module (foreign
-- keys added when it is merged).
create table compliance_program (
    program_id              bigint        primary key,
    plan_id                 bigint,
    country_id              bigint        not null,
    title                   varchar(300)  not null,
    lead_agency_id          bigint,
    recipient_unit_id       bigint,
    recipient_type_code     varchar(40),
    assistance_type_code    varchar(40),
    capability_domain_codes varchar(1000) not null,
    authority_ids           varchar(1000) not null,
    status                  varchar(40),
    start_date              date,
    end_date                date,
    total_allocated         numeric(19,2) not null,
    evaluated_at            timestamptz   not null,
    constraint fk_compliance_program_country foreign key (country_id) references country (id),
    constraint ck_compliance_program_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index ix_compliance_program_country on compliance_program (country_id);
create index ix_compliance_program_plan on compliance_program (plan_id);
create index ix_compliance_program_unit on compliance_program (recipient_unit_id);

-- Allocation per fiscal year (US federal fiscal year, October to September).
create table compliance_program_year (
    program_id   bigint        not null,
    fiscal_year  int           not null,
    allocated    numeric(19,2) not null,
    constraint pk_compliance_program_year primary key (program_id, fiscal_year),
    constraint fk_compliance_program_year_program foreign key (program_id) references compliance_program (program_id) on delete cascade,
    constraint ck_compliance_program_year_year check (fiscal_year between 1990 and 2200),
    constraint ck_compliance_program_year_allocated check (allocated >= 0)
);
create index ix_compliance_program_year_year on compliance_program_year (fiscal_year);

create table compliance_finding (
    id              bigserial    primary key,
    program_id      bigint       not null,
    restriction_id  bigint       not null,
    severity        varchar(30)  not null,
    reason          text         not null,
    waiver_id       bigint,
    evaluated_on    date         not null,
    constraint fk_compliance_finding_program foreign key (program_id) references compliance_program (program_id) on delete cascade,
    constraint fk_compliance_finding_restriction foreign key (restriction_id) references restriction (id) on delete cascade,
    constraint fk_compliance_finding_waiver foreign key (waiver_id) references waiver (id),
    constraint uq_compliance_finding unique (program_id, restriction_id),
    constraint ck_compliance_finding_severity check (severity in ('BLOCKING', 'WARNING', 'SATISFIED_BY_WAIVER', 'SATISFIED_BY_EXCEPTION'))
);
create index ix_compliance_finding_restriction on compliance_finding (restriction_id);
create index ix_compliance_finding_severity on compliance_finding (severity);
create index ix_compliance_finding_waiver on compliance_finding (waiver_id);

-- Congressional notifications filed for a program under an authority (the notification.filed predicate).
create table congressional_notification (
    id            bigserial    primary key,
    program_id    bigint       not null,
    authority_id  bigint       not null,
    filed_on      date         not null,
    reference     varchar(200) not null,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    created_by    varchar(100) not null default 'system',
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(100) not null default 'system',
    constraint fk_congressional_notification_authority foreign key (authority_id) references authority (id),
    constraint uq_congressional_notification unique (program_id, authority_id)
);
create index ix_congressional_notification_program on congressional_notification (program_id);
create index ix_congressional_notification_authority on congressional_notification (authority_id);
