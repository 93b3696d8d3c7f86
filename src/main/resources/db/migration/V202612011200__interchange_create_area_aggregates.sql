-- Every code ForeignAssistance.gov publishes beyond ISO 3166-1 gets a page (/countries/{code}), and every page of
-- the country picture reads per-area aggregates instead of summing millions of published rows per request.

-- FA.gov codes that are not ISO 3166-1 countries (the reference module has those), classified once:
--   COUNTRY  Kosovo (published as CS-KM; addressed as XKX, the code the World Bank and the EU use)
--   FORMER   former states and territories; iso_3166_3_code / withdrawn from ISO 3166-3 (Debian iso-codes
--            iso_3166-3.json, copy and SOURCE.md in src/test/resources/data/iso-codes, checked by a test)
--   AREA     part of a country that FA.gov publishes separately (China (Tibet))
--   REGION   amounts FA.gov attributes to a region as a whole (regional programmes); NOT the sum of its countries
--   WORLD    amounts attributed to no single country or region (worldwide programmes); NOT a world total
-- Names, codes and FA.gov regions exactly as in the published country-summary file (us_foreign_aid_country.csv).
-- Several former states are published under the code NULL and told apart by name only (fa_name).
create table interchange_area (
    code             varchar(20)  primary key,
    fa_code          varchar(20)  not null,
    fa_name          varchar(100),
    name             varchar(100) not null,
    kind             varchar(10)  not null,
    fa_region_name   varchar(100),
    iso_3166_3_code  char(4),
    withdrawn        varchar(10),
    note             varchar(300),
    constraint ck_interchange_area_code check (code ~ '^[A-Z][A-Z0-9-]*$'),
    constraint ck_interchange_area_kind check (kind in ('COUNTRY', 'FORMER', 'AREA', 'REGION', 'WORLD')),
    constraint ck_interchange_area_retired check (kind = 'FORMER' or (iso_3166_3_code is null and withdrawn is null))
);
create unique index uq_interchange_area_source on interchange_area (fa_code, coalesce(fa_name, ''));

insert into interchange_area (code, fa_code, fa_name, name, kind, fa_region_name, iso_3166_3_code, withdrawn, note) values
('AFR', 'AFR', null, 'Africa Region', 'REGION', 'World', null, null, null),
('ANS', 'ANS', null, 'Asia, Middle East and North Africa Region', 'REGION', 'World', null, null, null),
('ANT', 'ANT', null, 'Netherlands Antilles (former)', 'FORMER', 'Western Hemisphere', 'ANHH', '2010-12-15', null),
('ASN', 'ASN', null, 'Asia Region', 'REGION', 'World', null, null, null),
('CCN', 'CCN', null, 'Central America and Caribbean Region', 'REGION', 'Western Hemisphere', null, null, null),
('CNA', 'CNA', null, 'Central America Region', 'REGION', 'Western Hemisphere', null, null, null),
('CRN', 'CRN', null, 'Caribbean Region', 'REGION', 'Western Hemisphere', null, null, null),
('XKX', 'CS-KM', null, 'Kosovo', 'COUNTRY', 'Europe and Eurasia', null, null, 'published by FA.gov under the code CS-KM; XKX is the code the World Bank and the EU use'),
('EAG', 'EAG', null, 'Eastern Africa Region', 'REGION', 'Sub-Saharan Africa', null, null, null),
('EAQ', 'EAQ', null, 'East Asia and Oceania Region', 'REGION', 'East Asia and Oceania', null, null, null),
('ECN', 'ECN', null, 'Eastern and Central Africa Region', 'REGION', 'Sub-Saharan Africa', null, null, null),
('EEE', 'EEE', null, 'Central and Eastern Europe Region', 'REGION', 'Europe and Eurasia', null, null, null),
('EEN', 'EEN', null, 'Eastern Europe Region', 'REGION', 'Europe and Eurasia', null, null, null),
('EES', 'EES', null, 'Europe and Eurasia Region', 'REGION', 'Europe and Eurasia', null, null, null),
('ENS', 'ENS', null, 'Eastern Asia Region', 'REGION', 'East Asia and Oceania', null, null, null),
('ESN', 'ESN', null, 'East and South Africa Region', 'REGION', 'Sub-Saharan Africa', null, null, null),
('EUN', 'EUN', null, 'Europe Region', 'REGION', 'Europe and Eurasia', null, null, null),
('EUS', 'EUS', null, 'Eurasia Region', 'REGION', 'Europe and Eurasia', null, null, null),
('LAN', 'LAN', null, 'Latin America Region', 'REGION', 'Western Hemisphere', null, null, null),
('LCN', 'LCN', null, 'Latin America and Caribbean Region', 'REGION', 'Western Hemisphere', null, null, null),
('MEN', 'MEN', null, 'Middle East Region', 'REGION', 'Middle East and North Africa', null, null, null),
('MNA', 'MNA', null, 'North Africa Region', 'REGION', 'Middle East and North Africa', null, null, null),
('MNS', 'MNS', null, 'Middle East and North Africa Region', 'REGION', 'Middle East and North Africa', null, null, null),
('NAN', 'NAN', null, 'North America Region', 'REGION', 'Western Hemisphere', null, null, null),
('NCN', 'NCN', null, 'North and Central America Region', 'REGION', 'Western Hemisphere', null, null, null),
('BERLIN-WEST', 'NULL', 'Berlin, West', 'Berlin, West', 'FORMER', 'Europe and Eurasia', null, null, 'published under the code NULL; no ISO 3166 code'),
('CSK', 'NULL', 'Czechoslovakia (former)', 'Czechoslovakia (former)', 'FORMER', 'Europe and Eurasia', 'CSHH', '1993-06-15', 'published under the code NULL; ISO 3166-3 code CSK'),
('DDR', 'NULL', 'Germany (former East)', 'Germany (former East)', 'FORMER', 'Europe and Eurasia', 'DDDE', '1990-10-30', 'published under the code NULL; ISO 3166-3 code DDR'),
('SUN', 'NULL', 'Soviet Union (former)', 'Soviet Union (former)', 'FORMER', 'Europe and Eurasia', 'SUHH', '1992-08-30', 'published under the code NULL; ISO 3166-3 code SUN'),
('VIETNAM-SOUTH', 'NULL', 'Vietnam (former South)', 'Vietnam (former South)', 'FORMER', 'East Asia and Oceania', null, null, 'published under the code NULL; no ISO 3166 code'),
('YMD', 'NULL', 'Yemen (former P.D.R.)', 'Yemen (former P.D.R.)', 'FORMER', 'Middle East and North Africa', 'YDYE', '1990-08-14', 'published under the code NULL; ISO 3166-3 code YMD'),
('OCN', 'OCN', null, 'Oceania Region', 'REGION', 'East Asia and Oceania', null, null, null),
('PIT', 'PIT', null, 'Pacific Island Trust Territory', 'FORMER', 'East Asia and Oceania', 'PCHH', '1986', 'Trust Territory of the Pacific Islands; ISO 3166-3 code PCI'),
('SAG', 'SAG', null, 'Southern Africa Region', 'REGION', 'Sub-Saharan Africa', null, null, null),
('SAN', 'SAN', null, 'Southern Asia Region', 'REGION', 'South and Central Asia', null, null, null),
('SCG', 'SCG', null, 'Serbia and Montenegro (former)', 'FORMER', 'Europe and Eurasia', 'CSXX', '2006-09-26', null),
('SCN', 'SCN', null, 'South and Central Asia Region', 'REGION', 'South and Central Asia', null, null, null),
('SDF', 'SDF', null, 'Sudan (former)', 'FORMER', 'Sub-Saharan Africa', null, null, 'FA.gov''s own code for a former state it names "Sudan (former)"; not in ISO 3166-3'),
('SEA', 'SEA', null, 'South East Asia Region', 'REGION', 'South and Central Asia', null, null, null),
('SMN', 'SMN', null, 'South America Region', 'REGION', 'Western Hemisphere', null, null, null),
('SSN', 'SSN', null, 'Sub-Saharan Africa Region', 'REGION', 'Sub-Saharan Africa', null, null, null),
('TIB', 'TIB', null, 'China (Tibet)', 'AREA', 'East Asia and Oceania', null, null, 'published by FA.gov separately from China'),
('WAN', 'WAN', null, 'West Africa Region', 'REGION', 'Sub-Saharan Africa', null, null, null),
('WEC', 'WEC', null, 'Western Europe Region', 'REGION', 'Europe and Eurasia', null, null, null),
('WHN', 'WHN', null, 'Western Hemisphere Region', 'REGION', 'Western Hemisphere', null, null, null),
('WLD', 'WLD', null, 'World', 'WORLD', 'World', null, null, null),
('YUF', 'YUF', null, 'Yugoslavia (former)', 'FORMER', 'Europe and Eurasia', 'YUCS', '2003-07-23', 'ISO 3166-3 code YUG');

-- Aggregates of the published rows per area (area_code: an ISO alpha-3, an interchange_area code, or a code as
-- published that is in neither), rebuilt by interchange.domain.AreaAggregates for the areas an import touched,
-- inside the import's transaction, so they always equal the stored rows. Amounts stay per transaction type:
-- budget requests, appropriations, obligations and disbursements count the same money at different stages and
-- are never added together.
create table interchange_area_amount (
    area_code              text          not null,
    source                 char(1)       not null,
    dimension              varchar(10)   not null,
    key                    text,
    label                  text,
    detail_key             text,
    detail_label           text,
    transaction_type_id    text          not null,
    transaction_type_name  text,
    amount                 numeric(21,2) not null,
    row_count              bigint        not null,
    constraint ck_interchange_area_amount_source check (source in ('A', 'S')),
    constraint ck_interchange_area_amount_dimension check (dimension in
        ('ALL', 'FY', 'AGENCY', 'BUREAU', 'ACCOUNT', 'PURPOSE', 'US_SECTOR', 'OBJECTIVE'))
);
comment on column interchange_area_amount.source is 'A = activity rows (complete format), S = country summary';
comment on column interchange_area_amount.transaction_type_id is 'as published, '''' when the row had none';
create index ix_interchange_area_amount_area on interchange_area_amount (area_code, source, dimension);
create index ix_interchange_area_amount_dimension on interchange_area_amount (dimension, area_code);

-- One line per activity of an area (activity_key = Activity ID, '' when none was published): the unfiltered
-- activity list, paged by obligations. Derived data (one line per group by construction): only the indexes the
-- lists read, since every index is paid again when an import rebuilds a big country's lines.
create table interchange_area_activity (
    area_code                   text          not null,
    activity_key                text          not null,
    activity_name               text,
    managing_agency_acronym     text,
    managing_subagency_acronym  text,
    funding_accounts            text,
    first_fiscal_year           varchar(10)   not null,
    last_fiscal_year            varchar(10)   not null,
    obligations                 numeric(21,2) not null,
    disbursements               numeric(21,2) not null,
    row_count                   bigint        not null,
    agency_count                int           not null
);
create index ix_interchange_area_activity_order on interchange_area_activity (area_code, obligations desc, activity_key);
create index ix_interchange_area_activity_agency
    on interchange_area_activity (area_code, managing_agency_acronym, obligations desc, activity_key);

-- The same per fiscal year: the activity list of one year.
create table interchange_area_activity_year (
    area_code                   text          not null,
    fiscal_year                 varchar(10)   not null,
    activity_key                text          not null,
    activity_name               text,
    managing_agency_acronym     text,
    managing_subagency_acronym  text,
    funding_accounts            text,
    obligations                 numeric(21,2) not null,
    disbursements               numeric(21,2) not null,
    row_count                   bigint        not null
);
create index ix_interchange_area_activity_year_order
    on interchange_area_activity_year (area_code, fiscal_year, obligations desc, activity_key);

-- One line per area with data: what the countries index lists.
create table interchange_area_total (
    area_code                text         primary key,
    published_name           text,
    published_region         text,
    activity_rows            bigint       not null,
    activities               bigint       not null,
    multi_agency_activities  bigint       not null,
    summary_rows             bigint       not null,
    refreshed_at             timestamptz  not null
);
