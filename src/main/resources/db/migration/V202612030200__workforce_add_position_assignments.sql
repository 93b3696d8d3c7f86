-- Workforce (issue 16, item 4): "a person or a position carries a share of a program's work per fiscal year".
-- An assignment now names exactly one of a person or a position. A position's assignment is carried by whoever
-- holds the position in that fiscal year; while the position is vacant in that year nobody carries it, and the
-- capacity views show it as a shortfall (workforce_assignment_load below).
alter table workforce_assignment alter column person_id drop not null;
alter table workforce_assignment add column position_id bigint;
alter table workforce_assignment add constraint fk_workforce_assignment_position foreign key (position_id)
    references workforce_position (id) on delete cascade;
alter table workforce_assignment add constraint ck_workforce_assignment_holder
    check (num_nonnulls(person_id, position_id) = 1);
create index ix_workforce_assignment_position on workforce_assignment (position_id, fiscal_year);
create unique index uq_workforce_assignment_position on workforce_assignment (position_id, program_id, fiscal_year, role)
    where position_id is not null;

-- Who carries each assignment in its fiscal year (US FY N: 1 October N-1 to 30 September N): the person named,
-- or the holder of the position named when the position is filled during that year; null when nobody does.
create view workforce_assignment_load as
select a.id, a.program_id, a.fiscal_year, a.role, a.fte, a.person_id, a.position_id,
       case when a.person_id is not null then a.person_id
            when po.person_id is not null
                 and (po.filled_from is null or po.filled_from <= make_date(a.fiscal_year, 9, 30))
                 and (po.filled_to is null or po.filled_to >= make_date(a.fiscal_year - 1, 10, 1))
                then po.person_id end as worker_id
  from workforce_assignment a
  left join workforce_position po on po.id = a.position_id;
