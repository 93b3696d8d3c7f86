-- One line per activity and funding account of an area: the activity list filtered by account (a big country's
-- list summed over its stored rows took 8 to 37 s at a million rows). Amounts are those of the activity's rows on
-- that account only, as the filtered list has always shown them; rows without an account have no line. Filled by
-- V202612011631 and kept by every import and rollback (AreaAggregates), like the other per-area aggregates.
create table interchange_area_activity_account (
    area_code                   text          not null,
    funding_account_id          text          not null,
    activity_key                text          not null,
    activity_name               text,
    managing_agency_acronym     text,
    managing_subagency_acronym  text,
    first_fiscal_year           varchar(10)   not null,
    last_fiscal_year            varchar(10)   not null,
    obligations                 numeric(21,2) not null,
    disbursements               numeric(21,2) not null,
    row_count                   bigint        not null
);
create index ix_interchange_area_activity_account_order
    on interchange_area_activity_account (area_code, funding_account_id, obligations desc, activity_key);
