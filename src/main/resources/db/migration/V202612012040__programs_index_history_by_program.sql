-- Issue 18, item 5: a program's change history reads its audit rows by program. The audit tables were keyed
-- only by revision (program_funding_line_aud by line id and revision, the collection tables by revision first),
-- so every program page scanned all history ever written. Envers asks each of these tables for "the rows of
-- program P valid at revision R" (program_id = P and rev <= R, then the latest rev per row): (program_id, rev)
-- serves both parts.
create index ix_program_funding_line_aud_program on program_funding_line_aud (program_id, rev);
create index ix_program_supporting_agency_aud_program on program_supporting_agency_aud (program_id, rev);
create index ix_program_authority_aud_program on program_authority_aud (program_id, rev);
create index ix_program_capability_domain_aud_program on program_capability_domain_aud (program_id, rev);
create index ix_program_objective_category_aud_program on program_objective_category_aud (program_id, rev);
