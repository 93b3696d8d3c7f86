-- The waiver list's default order (newest request first, ties by id): a page of 25 read through this index instead
-- of sorting every waiver on every view (issue 18).
create index ix_waiver_requested on waiver (requested_at desc, id desc);
