-- Legal authorities, modelled on the program descriptions of DSCA's Security Assistance Management
-- Manual (legal citation, title 10/22, security cooperation or assistance, duration, notification).
create table authority (
    id                   bigserial    primary key,
    short_name           varchar(40)  not null,
    citation             varchar(100) not null,
    section_reference    varchar(100),
    title                varchar(300) not null,
    statute              varchar(10)  not null,
    source_act           varchar(20)  not null,
    program_category     varchar(30)  not null,
    managing_agency_id   bigint       not null,
    funding_account      varchar(200) not null,
    duration             varchar(10)  not null,
    sunset_date          date,
    notification_days    int,
    notification_basis   varchar(300),
    program_area         varchar(200),
    guidance             text,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    created_by           varchar(100) not null default 'system',
    updated_at           timestamptz  not null default now(),
    updated_by           varchar(100) not null default 'system',
    constraint uq_authority_citation unique (citation),
    constraint uq_authority_short_name unique (short_name),
    constraint fk_authority_managing_agency foreign key (managing_agency_id) references agency (id),
    constraint ck_authority_statute check (statute in ('TITLE_10', 'TITLE_22')),
    constraint ck_authority_source_act check (source_act in ('FAA', 'AECA', 'TITLE_10', 'OTHER')),
    constraint ck_authority_category check (program_category in ('SECURITY_ASSISTANCE', 'SECURITY_COOPERATION')),
    constraint ck_authority_duration check (duration in ('PERMANENT', 'TEMPORARY')),
    constraint ck_authority_sunset check (duration = 'PERMANENT' or sunset_date is not null),
    constraint ck_authority_notification check (notification_days is null or notification_days between 0 and 365)
);
create index ix_authority_managing_agency on authority (managing_agency_id);
create index ix_authority_statute on authority (statute);

create table authority_assistance_type (
    authority_id          bigint      not null,
    assistance_type_code  varchar(40) not null,
    constraint pk_authority_assistance_type primary key (authority_id, assistance_type_code),
    constraint fk_authority_assistance_type_authority foreign key (authority_id) references authority (id) on delete cascade,
    constraint fk_authority_assistance_type_type foreign key (assistance_type_code) references assistance_type (code)
);
create index ix_authority_assistance_type_type on authority_assistance_type (assistance_type_code);

create table authority_recipient_type (
    authority_id         bigint      not null,
    recipient_type_code  varchar(40) not null,
    constraint pk_authority_recipient_type primary key (authority_id, recipient_type_code),
    constraint fk_authority_recipient_type_authority foreign key (authority_id) references authority (id) on delete cascade,
    constraint fk_authority_recipient_type_type foreign key (recipient_type_code) references recipient_type (code)
);
create index ix_authority_recipient_type_type on authority_recipient_type (recipient_type_code);

-- A provision that forbids some assistance unless waived or excepted. Its condition (which programs
-- it applies to) is data, evaluated by the compliance module.
create table restriction (
    id                  bigserial    primary key,
    code                varchar(40)  not null,
    citation            varchar(200) not null,
    title               varchar(300) not null,
    summary             text         not null,
    waivable            boolean      not null,
    waiver_authority    varchar(300),
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    created_by          varchar(100) not null default 'system',
    updated_at          timestamptz  not null default now(),
    updated_by          varchar(100) not null default 'system',
    constraint uq_restriction_code unique (code),
    constraint ck_restriction_code check (code ~ '^[A-Z][A-Z0-9_]*$'),
    constraint ck_restriction_waiver_authority check (not waivable or waiver_authority is not null)
);

-- Statutory exceptions a planner can claim instead of a waiver.
create table restriction_exception (
    id              bigserial    primary key,
    restriction_id  bigint       not null,
    code            varchar(40)  not null,
    citation        varchar(100) not null,
    description     text         not null,
    constraint uq_restriction_exception_code unique (restriction_id, code),
    constraint fk_restriction_exception_restriction foreign key (restriction_id) references restriction (id) on delete cascade
);
create index ix_restriction_exception_restriction on restriction_exception (restriction_id);
