-- Imports write up to millions of activity rows at a time (bench/README.md). The two foreign keys from every
-- row to the import log cost one referential check each per row: measured on 1,000,000 rows, 17 s of a 48 s
-- COPY, more than all the other work of the load. They guard nothing an import can get wrong: an import
-- writes only its own id, created before its rows in the same transaction, and import log rows are never
-- deleted. Their indexes served only those keys; no page lists the rows of one import.
-- (interchange_country_amount keeps its keys: the country summary has a few thousand rows.)
alter table interchange_activity
    drop constraint fk_interchange_activity_first_import,
    drop constraint fk_interchange_activity_last_import;
drop index ix_interchange_activity_first_import;
drop index ix_interchange_activity_last_import;

-- Every country query filters by country first; (country_code, activity_id) serves those alone or with a
-- fiscal year (a country's rows are few thousand), so the second per-row index paid at import time is dropped.
drop index ix_interchange_activity_country_fy;
