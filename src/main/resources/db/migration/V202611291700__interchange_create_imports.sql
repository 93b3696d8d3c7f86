-- ForeignAssistance.gov imports: the import log, rejected rows, and the published rows kept as published.

create table interchange_import (
    id               bigserial    primary key,
    file_name        varchar(300) not null,
    spool_path       varchar(1000),
    file_size        bigint       not null,
    checksum         char(64)     not null,
    format           varchar(20),
    status           varchar(20)  not null,
    phase            varchar(20),
    bytes_read       bigint       not null default 0,
    rows_read        bigint       not null default 0,
    rows_inserted    bigint       not null default 0,
    rows_updated     bigint       not null default 0,
    rows_unchanged   bigint       not null default 0,
    rows_rejected    bigint       not null default 0,
    message_key      varchar(100),
    message_args     text,
    same_file_as_id  bigint,
    rerun_of_id      bigint,
    imported_by      varchar(100) not null,
    created_at       timestamptz  not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    version          bigint       not null default 0,
    constraint ck_interchange_import_status check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'REFUSED')),
    constraint ck_interchange_import_format check (format is null or format in ('COMPLETE', 'COUNTRY_SUMMARY')),
    constraint ck_interchange_import_phase check (phase is null or phase in ('READING', 'MERGING', 'MAPPING')),
    constraint ck_interchange_import_checksum check (checksum ~ '^[0-9a-f]{64}$'),
    constraint ck_interchange_import_counts check (rows_read >= 0 and rows_inserted >= 0 and rows_updated >= 0
        and rows_unchanged >= 0 and rows_rejected >= 0),
    constraint fk_interchange_import_same_file foreign key (same_file_as_id) references interchange_import (id),
    constraint fk_interchange_import_rerun_of foreign key (rerun_of_id) references interchange_import (id)
);
create index ix_interchange_import_status on interchange_import (status);
create index ix_interchange_import_checksum on interchange_import (checksum);
create index ix_interchange_import_imported_by on interchange_import (imported_by);
create index ix_interchange_import_created_at on interchange_import (created_at);
create index ix_interchange_import_same_file on interchange_import (same_file_as_id);
create index ix_interchange_import_rerun_of on interchange_import (rerun_of_id);

-- Every row that was not stored, with its physical line number in the file and why.
create table interchange_import_rejection (
    id           bigserial    primary key,
    import_id    bigint       not null,
    line_number  bigint       not null,
    reason_key   varchar(100) not null,
    reason_args  text,
    excerpt      varchar(300),
    constraint fk_interchange_import_rejection_import foreign key (import_id) references interchange_import (id) on delete cascade,
    constraint ck_interchange_import_rejection_line check (line_number > 0)
);
create index ix_interchange_import_rejection_import on interchange_import_rejection (import_id, line_number);

-- FA.gov "complete" activity-level rows: all 51 published columns as published (text), amounts exact.
-- natural_key = md5 (as uuid: 16 bytes) over the columns that identify a row across vintages (see ImportSql).
create table interchange_activity (
    id                                     bigserial     primary key,
    natural_key                            uuid          not null,
    country_id                             text,
    country_code                           text          not null,
    country_name                           text,
    region_id                              text,
    region_name                            text,
    income_group_id                        text,
    income_group_name                      text,
    income_group_acronym                   text,
    managing_agency_id                     text,
    managing_agency_acronym                text,
    managing_agency_name                   text,
    managing_subagency_id                  text,
    managing_subagency_acronym             text,
    managing_subagency_name                text,
    implementing_partner_category_id       text,
    implementing_partner_category_name     text,
    implementing_partner_subcategory_id    text,
    implementing_partner_subcategory_name  text,
    implementing_partner_id                text,
    implementing_partner_name              text,
    international_category_id              text,
    international_category_name            text,
    international_sector_code              text,
    international_sector_name              text,
    international_purpose_code             text,
    international_purpose_name             text,
    us_category_id                         text,
    us_category_name                       text,
    us_sector_id                           text,
    us_sector_name                         text,
    submission_id                          text,
    funding_account_id                     text,
    funding_account_name                   text,
    funding_agency_id                      text,
    funding_agency_name                    text,
    funding_agency_acronym                 text,
    assistance_objective_id                text,
    assistance_objective_name              text,
    aid_type_group_id                      text,
    aid_type_group_name                    text,
    activity_id                            text,
    activity_name                          text,
    activity_description                   text,
    activity_project_number                text,
    activity_start_date                    text,
    activity_end_date                      text,
    transaction_type_id                    text,
    transaction_type_name                  text,
    fiscal_year                            varchar(10)   not null,
    current_amount                         numeric(19,2) not null,
    constant_amount                        numeric(19,2),
    first_import_id                        bigint        not null,
    last_import_id                         bigint        not null,
    source_line                            bigint        not null,
    constraint uq_interchange_activity_natural_key unique (natural_key),
    constraint fk_interchange_activity_first_import foreign key (first_import_id) references interchange_import (id),
    constraint fk_interchange_activity_last_import foreign key (last_import_id) references interchange_import (id)
);
-- Every query of the country picture and of the activity list filters by country first (then fiscal year,
-- agency, account or text), so (country_code, ...) indexes serve them; separate agency/account indexes were
-- measured to slow bulk imports for no gain at these sizes (bench/README.md).
create index ix_interchange_activity_country_fy on interchange_activity (country_code, fiscal_year);
create index ix_interchange_activity_activity on interchange_activity (country_code, activity_id);
create index ix_interchange_activity_first_import on interchange_activity (first_import_id);
create index ix_interchange_activity_last_import on interchange_activity (last_import_id);

-- FA.gov "country summary" rows (us_foreign_aid_country.csv).
create table interchange_country_amount (
    id                     bigserial     primary key,
    natural_key            uuid          not null,
    country_code           text          not null,
    country_name           text,
    region_id              text,
    region_name            text,
    income_group_acronym   text,
    income_group_name      text,
    transaction_type_id    text,
    transaction_type_name  text,
    fiscal_year            varchar(10)   not null,
    current_amount         numeric(19,2) not null,
    constant_amount        numeric(19,2),
    first_import_id        bigint        not null,
    last_import_id         bigint        not null,
    source_line            bigint        not null,
    constraint uq_interchange_country_amount_natural_key unique (natural_key),
    constraint fk_interchange_country_amount_first_import foreign key (first_import_id) references interchange_import (id),
    constraint fk_interchange_country_amount_last_import foreign key (last_import_id) references interchange_import (id)
);
create index ix_interchange_country_amount_country_fy on interchange_country_amount (country_code, fiscal_year);
create index ix_interchange_country_amount_first_import on interchange_country_amount (first_import_id);
create index ix_interchange_country_amount_last_import on interchange_country_amount (last_import_id);

-- FA.gov managing agencies (parent_acronym = '') and sub-agencies/bureaus (parent_acronym = the managing
-- agency) matched once to SSA Planner agencies. agency_id null = not mapped yet.
create table interchange_agency_mapping (
    id               bigserial    primary key,
    parent_acronym   varchar(50)  not null,
    source_acronym   varchar(50)  not null,
    source_name      varchar(300) not null,
    agency_id        bigint,
    automatic        boolean      not null default false,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    created_by       varchar(100) not null default 'system',
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(100) not null default 'system',
    constraint uq_interchange_agency_mapping_source unique (parent_acronym, source_acronym),
    constraint fk_interchange_agency_mapping_agency foreign key (agency_id) references agency (id)
);
create index ix_interchange_agency_mapping_agency on interchange_agency_mapping (agency_id);

-- Treasury account symbols (FA.gov "Funding Acount ID") with a known authority.
create table interchange_account_authority (
    funding_account_id    varchar(20)  primary key,
    account_name          varchar(300) not null,
    authority_short_name  varchar(40)  not null,
    note                  varchar(300),
    constraint fk_interchange_account_authority_authority foreign key (authority_short_name) references authority (short_name)
);
create index ix_interchange_account_authority_authority on interchange_account_authority (authority_short_name);

insert into interchange_account_authority (funding_account_id, account_name, authority_short_name, note) values
('11x1081', 'International Military Education and Training', 'IMET', null),
('11x1022', 'International Narcotics Control and Law Enforcement', 'INCLE', null),
('19x1022', 'International Narcotics Control and Law Enforcement', 'INCLE', null),
('11x1082', 'Foreign Military Financing Program', 'FMF', null),
('11x1085', 'Foreign Military Financing, Direct Loan Program Account', 'FMF', 'FMF loans, AECA s.23'),
('11x1032', 'Peacekeeping Operations', 'PKO', null),
('19x1032', 'Peacekeeping Operations', 'PKO', null),
('11x1075', 'Nonproliferation, Anti-Terrorism, Demining and Related Programs', 'ATA',
 'NADR also funds nonproliferation, export control and demining; ATA is the NADR authority SSA Planner knows'),
('19x1075', 'Nonproliferation, Anti-Terrorism, Demining and Related Programs', 'ATA',
 'NADR also funds nonproliferation, export control and demining; ATA is the NADR authority SSA Planner knows');

-- FA.gov "US Sector" names that correspond obviously to a capability domain.
create table interchange_us_sector_domain (
    us_sector_name          varchar(200) primary key,
    capability_domain_code  varchar(40)  not null,
    constraint fk_interchange_us_sector_domain_domain foreign key (capability_domain_code) references capability_domain (code)
);
create index ix_interchange_us_sector_domain_domain on interchange_us_sector_domain (capability_domain_code);

insert into interchange_us_sector_domain (us_sector_name, capability_domain_code) values
('Counter-Narcotics', 'COUNTERNARCOTICS'),
('Transnational Crime', 'COUNTERNARCOTICS'),
('Counter-Terrorism', 'COUNTERTERRORISM'),
('Stabilization Operations and Security Sector Reform', 'STABILIZATION'),
('Conflict Mitigation and Reconciliation', 'STABILIZATION'),
('Combating Weapons of Mass Destruction (WMD)', 'NONPROLIFERATION'),
('Rule of Law and Human Rights', 'GOVERNANCE_RULE_OF_LAW');
