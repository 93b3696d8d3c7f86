-- The findings list across programs (/compliance, issue 18) reads a page through an index instead of sorting
-- every finding across the join with compliance_program on every view. Each finding carries its sort keys:
-- severity_rank (blocking 0, warning 1, satisfied 2: the list's default order), and its program's title and
-- country, copied from compliance_program and kept equal to it by the triggers below whoever writes the rows
-- (the application's recomputation, SQL loaders such as the benchmark's generator). Then one index per filter
-- and per sort the page offers.
alter table compliance_finding
    add column severity_rank smallint generated always as (
        case severity when 'BLOCKING' then 0 when 'WARNING' then 1 else 2 end) stored,
    add column program_title varchar(300),
    add column country_id bigint;

update compliance_finding f
   set program_title = p.title, country_id = p.country_id
  from compliance_program p
 where p.program_id = f.program_id;

alter table compliance_finding
    alter column program_title set not null,
    alter column country_id set not null;

-- a finding's copy of its program's title and country: set on every insert and on a change of its program
create function compliance_finding_copy_program() returns trigger language plpgsql as $$
begin
    select p.title, p.country_id into new.program_title, new.country_id
      from compliance_program p where p.program_id = new.program_id;
    return new;
end $$;

create trigger tg_compliance_finding_copy_program
    before insert or update of program_id, program_title, country_id on compliance_finding
    for each row execute function compliance_finding_copy_program();

-- a program's new title or country reaches its findings in the same transaction
create function compliance_program_copy_to_findings() returns trigger language plpgsql as $$
begin
    update compliance_finding f
       set program_title = new.title, country_id = new.country_id
     where f.program_id = new.program_id
       and (f.program_title is distinct from new.title or f.country_id is distinct from new.country_id);
    return null;
end $$;

create trigger tg_compliance_program_copy_to_findings
    after update of title, country_id on compliance_program
    for each row when (old.title is distinct from new.title or old.country_id is distinct from new.country_id)
    execute function compliance_program_copy_to_findings();

-- default order (severity, blocking first; ties by title, program, restriction) and the severity filter
create index ix_compliance_finding_order on compliance_finding (severity_rank, program_title, program_id, restriction_id);
-- severity sorted the other way (the tie-breakers stay ascending)
create index ix_compliance_finding_order_desc on compliance_finding (severity_rank desc, program_title, program_id, restriction_id);
-- the country filter in the default order; the country sort (per country, by title)
create index ix_compliance_finding_country_order on compliance_finding (country_id, severity_rank, program_title, program_id, restriction_id);
create index ix_compliance_finding_country_title on compliance_finding (country_id, program_title, program_id, restriction_id);
-- the restriction filter in the default order; the restriction sort (per restriction, by title)
create index ix_compliance_finding_restriction_order on compliance_finding (restriction_id, severity_rank, program_title, program_id);
create index ix_compliance_finding_restriction_title on compliance_finding (restriction_id, program_title, program_id);
-- the title sort, both ways (the tie-breakers stay ascending)
create index ix_compliance_finding_title on compliance_finding (program_title, program_id, restriction_id);
create index ix_compliance_finding_title_desc on compliance_finding (program_title desc, program_id, restriction_id);
-- superseded: the restriction filter and the severity filter are served by the indexes above
drop index ix_compliance_finding_restriction;
drop index ix_compliance_finding_severity;

analyze compliance_finding;
