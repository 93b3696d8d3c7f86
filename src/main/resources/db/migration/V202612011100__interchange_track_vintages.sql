-- Vintages (issue 10, section 3). ForeignAssistance.gov revises its data between vintages (reclassified rows, dropped
-- rows, renamed countries) and its rows have no stable identity, so an import no longer merges rows by a key of
-- "identifying" columns: within its SCOPE (per country: the fiscal years x transaction types x assistance
-- objectives its file holds) the stored rows become exactly the file's rows, and outside it nothing changes.
-- Rows identical to a stored row stay untouched; rows that are no longer in the file are MOVED to a history table
-- (so the current tables keep holding exactly the current vintage, and every reader stays as it is); changed and
-- new rows are inserted. Rolling back the latest import of a scope moves the replaced rows back.

-- content_key: MD5 over every published column of a row (blank as empty text, amounts as numeric(19,2) text,
-- joined by U+001F), the same digest the import computes in Java (NaturalKeys). Two rows are the same row
-- exactly when their content keys are equal; the unique index finds a file's row among the stored ones.
alter table interchange_activity add column content_key uuid;
update interchange_activity set content_key =
    md5(coalesce(country_id, '') || E'\x1f' || coalesce(country_code, '') || E'\x1f' || coalesce(country_name, '') || E'\x1f' || coalesce(region_id, '') || E'\x1f' || coalesce(region_name, '') || E'\x1f' || coalesce(income_group_id, '') || E'\x1f' || coalesce(income_group_name, '') || E'\x1f' || coalesce(income_group_acronym, '') || E'\x1f' || coalesce(managing_agency_id, '') || E'\x1f' || coalesce(managing_agency_acronym, '') || E'\x1f' || coalesce(managing_agency_name, '') || E'\x1f' || coalesce(managing_subagency_id, '') || E'\x1f' || coalesce(managing_subagency_acronym, '') || E'\x1f' || coalesce(managing_subagency_name, '') || E'\x1f' || coalesce(implementing_partner_category_id, '') || E'\x1f' || coalesce(implementing_partner_category_name, '') || E'\x1f' || coalesce(implementing_partner_subcategory_id, '') || E'\x1f' || coalesce(implementing_partner_subcategory_name, '') || E'\x1f' || coalesce(implementing_partner_id, '') || E'\x1f' || coalesce(implementing_partner_name, '') || E'\x1f' || coalesce(international_category_id, '') || E'\x1f' || coalesce(international_category_name, '') || E'\x1f' || coalesce(international_sector_code, '') || E'\x1f' || coalesce(international_sector_name, '') || E'\x1f' || coalesce(international_purpose_code, '') || E'\x1f' || coalesce(international_purpose_name, '') || E'\x1f' || coalesce(us_category_id, '') || E'\x1f' || coalesce(us_category_name, '') || E'\x1f' || coalesce(us_sector_id, '') || E'\x1f' || coalesce(us_sector_name, '') || E'\x1f' || coalesce(submission_id, '') || E'\x1f' || coalesce(funding_account_id, '') || E'\x1f' || coalesce(funding_account_name, '') || E'\x1f' || coalesce(funding_agency_id, '') || E'\x1f' || coalesce(funding_agency_name, '') || E'\x1f' || coalesce(funding_agency_acronym, '') || E'\x1f' || coalesce(assistance_objective_id, '') || E'\x1f' || coalesce(assistance_objective_name, '') || E'\x1f' || coalesce(aid_type_group_id, '') || E'\x1f' || coalesce(aid_type_group_name, '') || E'\x1f' || coalesce(activity_id, '') || E'\x1f' || coalesce(activity_name, '') || E'\x1f' || coalesce(activity_description, '') || E'\x1f' || coalesce(activity_project_number, '') || E'\x1f' || coalesce(activity_start_date, '') || E'\x1f' || coalesce(activity_end_date, '') || E'\x1f' || coalesce(transaction_type_id, '') || E'\x1f' || coalesce(transaction_type_name, '') || E'\x1f' || coalesce(fiscal_year, '') || E'\x1f' || coalesce(current_amount::text, '') || E'\x1f' || coalesce(constant_amount::text, ''))::uuid;
alter table interchange_activity alter column content_key set not null;
drop index uq_interchange_activity_country_activity_key;
create unique index uq_interchange_activity_country_activity_content
    on interchange_activity (country_code, coalesce(activity_id, ''), content_key);
comment on column interchange_activity.natural_key is
    'MD5 of the columns that would identify a row if FA.gov kept them stable (ImportFormat.keyColumns): pairs an old and a new version of a row for the diff of an import, and finds repeats within one file; not unique across vintages';
comment on column interchange_activity.last_import_id is
    'The import that stored this version of the row (rows are never updated in place since vintages: equal to first_import_id)';

-- Country summary: the country code is the identity; the published name only tells apart the rows published
-- under the code NULL (former states). The name was part of the key, so a renamed country (Turkey / Tuerkiye)
-- doubled every figure of that country.
alter table interchange_country_amount add column content_key uuid;
update interchange_country_amount set
    content_key = md5(coalesce(country_code, '') || E'\x1f' || coalesce(country_name, '') || E'\x1f' || coalesce(region_id, '') || E'\x1f' || coalesce(region_name, '') || E'\x1f' || coalesce(income_group_acronym, '') || E'\x1f' || coalesce(income_group_name, '') || E'\x1f' || coalesce(transaction_type_id, '') || E'\x1f' || coalesce(transaction_type_name, '') || E'\x1f' || coalesce(fiscal_year, '') || E'\x1f' || coalesce(current_amount::text, '') || E'\x1f' || coalesce(constant_amount::text, ''))::uuid,
    natural_key = md5(country_code || E'\x1f' || (case when country_code = 'NULL' then coalesce(country_name, '') else '' end)
        || E'\x1f' || coalesce(transaction_type_id, '') || E'\x1f' || fiscal_year)::uuid;
alter table interchange_country_amount alter column content_key set not null;
-- rows doubled by a renaming in earlier versions share their new natural key until the next import of their scope
alter table interchange_country_amount drop constraint uq_interchange_country_amount_natural_key;
create unique index uq_interchange_country_amount_country_content on interchange_country_amount (country_code, content_key);

-- The rows an import replaced or removed, as they were, with the import that replaced them. A rollback moves them
-- back (same ids). No foreign key to the import log, for the same reason as interchange_activity (a check per row).
create table interchange_activity_replaced (like interchange_activity);
alter table interchange_activity_replaced add column replaced_by_import_id bigint not null;
create index ix_interchange_activity_replaced_by on interchange_activity_replaced (replaced_by_import_id);

create table interchange_country_amount_replaced (like interchange_country_amount);
alter table interchange_country_amount_replaced add column replaced_by_import_id bigint not null;
create index ix_interchange_country_amount_replaced_by on interchange_country_amount_replaced (replaced_by_import_id);

-- The scope of an import, one row per country (rows published under the code NULL told apart by their name,
-- '' otherwise): the fiscal years, transaction types ('' when blank) and assistance objectives ('' when blank, and
-- the only value in the country summary, which has none) its file holds for that country. The scope covers every
-- fiscal year x transaction type x objective of a country; two scopes overlap where a country's three sets all
-- intersect. Names are kept for the words on the import page, in the order of the ids.
create table interchange_import_scope (
    import_id                    bigint   not null,
    country_code                 text     not null,
    country_name                 text     not null default '',
    country_label                text,
    fiscal_years                 text[]   not null,
    transaction_type_ids         text[]   not null,
    transaction_type_names       text[]   not null,
    assistance_objective_ids     text[]   not null,
    assistance_objective_names   text[]   not null,
    constraint pk_interchange_import_scope primary key (import_id, country_code, country_name),
    constraint fk_interchange_import_scope_import foreign key (import_id) references interchange_import (id) on delete cascade,
    constraint ck_interchange_import_scope_names check (
        cardinality(transaction_type_names) = cardinality(transaction_type_ids)
        and cardinality(assistance_objective_names) = cardinality(assistance_objective_ids))
);
-- which imports cover a country (does a later import overlap this one?)
create index ix_interchange_import_scope_country on interchange_import_scope (country_code, country_name);

-- What an import changed, computed in SQL when it ran (the import page reads it, never the millions of rows):
-- per country, fiscal year and transaction type (different transaction types are never added together) ...
create table interchange_import_change (
    import_id              bigint   not null,
    country_code           text     not null,
    country_name           text     not null default '',
    fiscal_year            varchar(10) not null,
    transaction_type_id    text     not null,
    country_label          text,
    transaction_type_name  text,
    rows_before            bigint   not null,
    rows_after             bigint   not null,
    rows_added             bigint   not null,
    rows_removed           bigint   not null,
    rows_changed           bigint   not null,
    rows_reclassified      bigint   not null,
    amount_before          numeric  not null,
    amount_after           numeric  not null,
    constraint pk_interchange_import_change primary key (import_id, country_code, country_name, fiscal_year, transaction_type_id),
    constraint fk_interchange_import_change_import foreign key (import_id) references interchange_import (id) on delete cascade
);

-- ... and per activity and transaction type, for the activities with rows removed, changed or reclassified, or new
-- rows next to stored ones (activities that are wholly new are only counted).
create table interchange_import_activity_change (
    import_id              bigint   not null,
    country_code           text     not null,
    activity_id            text     not null,
    transaction_type_id    text     not null,
    activity_name          text,
    transaction_type_name  text,
    rows_before            bigint   not null,
    rows_after             bigint   not null,
    rows_added             bigint   not null,
    rows_removed           bigint   not null,
    rows_changed           bigint   not null,
    rows_reclassified      bigint   not null,
    amount_before          numeric  not null,
    amount_after           numeric  not null,
    constraint pk_interchange_import_activity_change primary key (import_id, country_code, activity_id, transaction_type_id),
    constraint fk_interchange_import_activity_change_import foreign key (import_id) references interchange_import (id)
        on delete cascade
);

-- Counts: rows_inserted = rows added (no earlier version), rows_updated = rows_changed + rows_reclassified (new
-- versions of stored rows), rows_removed = stored rows no longer in the file (moved to the history).
-- identical_to_id: the file is identical (SHA-256) to that import's, whose data were still the current vintage
-- of its scope: nothing was read or changed. scope_recorded: the import has a scope (imports before vintages
-- have none, and can neither be rolled back nor stand in for an identical file).
-- last_seen_at: the last progress of a running import, so that one whose application stopped ran until then.
alter table interchange_import
    add column rows_changed      bigint       not null default 0,
    add column rows_reclassified bigint       not null default 0,
    add column rows_removed      bigint       not null default 0,
    add column identical_to_id   bigint,
    add column scope_recorded    boolean      not null default false,
    add column rolled_back_at    timestamptz,
    add column rolled_back_by    varchar(100),
    add column last_seen_at      timestamptz,
    add constraint fk_interchange_import_identical_to foreign key (identical_to_id) references interchange_import (id),
    add constraint ck_interchange_import_vintage_counts check (rows_changed >= 0 and rows_reclassified >= 0 and rows_removed >= 0),
    add constraint ck_interchange_import_rolled_back check ((rolled_back_at is null) = (rolled_back_by is null));
create index ix_interchange_import_identical_to on interchange_import (identical_to_id);
