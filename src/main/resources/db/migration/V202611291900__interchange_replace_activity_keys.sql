-- Imports write up to millions of activity rows at a time; every index and check on interchange_activity is
-- paid once per row (figures in bench/README.md, 1,000,000 rows on the development machine).

-- The two foreign keys from every row to the import log cost one referential check each per row: 17 s of a
-- 48 s COPY, more than all the other work of the load. They guard nothing an import can get wrong: an import
-- writes only its own id, created before its rows in the same transaction, and import log rows are never
-- deleted. Their indexes served only those keys; no page lists the rows of one import.
-- (interchange_country_amount keeps its keys: the country summary has a few thousand rows.)
alter table interchange_activity
    drop constraint fk_interchange_activity_first_import,
    drop constraint fk_interchange_activity_last_import;
drop index ix_interchange_activity_first_import;
drop index ix_interchange_activity_last_import;

-- One index instead of three: the natural key is an MD5 over columns that include country_code and
-- activity_id, so (country_code, activity_id, natural_key) is unique exactly when natural_key is. The
-- import looks rows up by all three (it knows them), every country query filters by country_code first, and
-- an activity is found by (country_code, coalesce(activity_id, '')); '' never occurs as published, since
-- blank values are stored as NULL. Measured: about 30 % less time for PostgreSQL to store the rows.
alter table interchange_activity drop constraint uq_interchange_activity_natural_key;
drop index ix_interchange_activity_country_fy;
drop index ix_interchange_activity_activity;
create unique index uq_interchange_activity_country_activity_key
    on interchange_activity (country_code, coalesce(activity_id, ''), natural_key);
