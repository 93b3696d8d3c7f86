-- Reference data. Open-ended lists that users extend are tables; closed sets (objective category,
-- metric level) are tables too so that their definitions live next to the data, with codes that
-- match the Java enums exactly.

create table region (
    id           bigserial    primary key,
    name         varchar(100) not null,
    parent_id    bigint,
    un_m49_code  varchar(3),
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    created_by   varchar(100) not null default 'system',
    updated_at   timestamptz  not null default now(),
    updated_by   varchar(100) not null default 'system',
    constraint uq_region_name unique (name),
    constraint fk_region_parent foreign key (parent_id) references region (id)
);
create index ix_region_parent on region (parent_id);

create table country (
    id                  bigserial    primary key,
    alpha2              char(2)      not null,
    alpha3              char(3)      not null,
    numeric_code        char(3)      not null,
    name                varchar(100) not null,
    region_id           bigint       not null,
    competing_providers text,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    created_by          varchar(100) not null default 'system',
    updated_at          timestamptz  not null default now(),
    updated_by          varchar(100) not null default 'system',
    constraint uq_country_alpha2 unique (alpha2),
    constraint uq_country_alpha3 unique (alpha3),
    constraint uq_country_numeric unique (numeric_code),
    constraint fk_country_region foreign key (region_id) references region (id),
    constraint ck_country_alpha2 check (alpha2 ~ '^[A-Z]{2}$'),
    constraint ck_country_alpha3 check (alpha3 ~ '^[A-Z]{3}$'),
    constraint ck_country_numeric check (numeric_code ~ '^[0-9]{3}$')
);
create index ix_country_region on country (region_id);

create table assistance_type (
    code        varchar(40)  primary key,
    name        varchar(100) not null,
    description text         not null,
    sort_order  int          not null,
    constraint ck_assistance_type_code check (code ~ '^[A-Z][A-Z0-9_]*$')
);

create table recipient_type (
    code        varchar(40)  primary key,
    name        varchar(100) not null,
    description text         not null,
    sort_order  int          not null,
    constraint ck_recipient_type_code check (code ~ '^[A-Z][A-Z0-9_]*$')
);

create table capability_domain (
    code               varchar(40)  primary key,
    name               varchar(100) not null,
    description        text         not null,
    competition_focus  varchar(20)  not null,
    sort_order         int          not null,
    constraint ck_capability_domain_code check (code ~ '^[A-Z][A-Z0-9_]*$'),
    constraint ck_capability_domain_focus check (competition_focus in ('HIGH_END', 'WEAK_STATE', 'GENERAL'))
);

-- OECD DAC / CRS purpose codes in the conflict, peace and security area and related law enforcement.
create table crs_sector (
    code        char(5)      primary key,
    name        varchar(200) not null,
    category    varchar(200) not null,
    constraint ck_crs_sector_code check (code ~ '^[0-9]{5}$')
);

-- Closed set, mirrored by org.ssaplanner.reference.ObjectiveCategory.
create table objective_category (
    code        varchar(20)  primary key,
    name        varchar(50)  not null,
    definition  text         not null,
    sort_order  int          not null,
    constraint ck_objective_category_code check (code in ('OPERATIONAL', 'TRANSACTIONAL', 'GOVERNANCE'))
);

-- Closed set, mirrored by org.ssaplanner.reference.MetricLevel.
create table metric_level (
    code           varchar(20)  primary key,
    name           varchar(50)  not null,
    definition     text         not null,
    iati_result_type varchar(2),
    sort_order     int          not null,
    constraint ck_metric_level_code check (code in ('INPUT', 'OUTPUT', 'OUTCOME', 'IMPACT'))
);
