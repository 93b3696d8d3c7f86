-- A funding line whose obligation was recorded while a blocking compliance finding held the program (issue 13,
-- item 3) keeps which finding it was, as the planner confirmed it: shown in the program's funding table and kept in
-- the line's change history. Null: recorded while nothing blocked.
alter table program_funding_line add column obligated_while_blocked_by varchar(1000);
alter table program_funding_line_aud add column obligated_while_blocked_by varchar(1000);
