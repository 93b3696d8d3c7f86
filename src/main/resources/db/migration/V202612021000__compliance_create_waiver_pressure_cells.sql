-- The waiver pressure report (/reports/waiver-pressure, issue 18) joined every finding with every program-year of
-- its program on every view (25,682 findings x 161,913 program-years in the benchmark: about 200 ms), only to count
-- programs and add up dollars per restriction and fiscal year, and counted every year's programs. Those counts are
-- now kept as the rows change:
--   compliance_waiver_pressure_cell   per restriction and fiscal year: programs with a finding and an allocation
--                                     that year, and the sum of those allocations;
--   compliance_program_year_count     per fiscal year: programs with an allocation that year;
--   compliance_waiver_pressure_change the changes not yet folded into the two tables above (restriction_id null:
--                                     a change of a year's count). Writers only ever insert here, so concurrent
--                                     writers never wait for each other or deadlock on a shared counter row; the
--                                     report reads the tables plus this log, and folds the log in from time to time.
-- Row triggers fire BEFORE each change, while the other side of the pair is still as it was: whichever of a finding
-- and a program-year goes first (in any order, also when a program's deletion cascades to both), the pair is
-- counted when the second arrives and uncounted when the first leaves. Every writer keeps the counts, including
-- SQL loaders such as the benchmark's generator.
create table compliance_waiver_pressure_cell (
    restriction_id bigint        not null,
    fiscal_year    int           not null,
    programs       bigint        not null,
    dollars        numeric(23,2) not null,
    constraint pk_compliance_waiver_pressure_cell primary key (restriction_id, fiscal_year)
);

create table compliance_program_year_count (
    fiscal_year int    primary key,
    programs    bigint not null
);

create table compliance_waiver_pressure_change (
    id             bigserial     primary key,
    restriction_id bigint,
    fiscal_year    int           not null,
    programs       bigint        not null,
    dollars        numeric(23,2) not null
);

create function compliance_finding_count_pressure() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.program_id = new.program_id and old.restriction_id = new.restriction_id then
        return new;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into compliance_waiver_pressure_change (restriction_id, fiscal_year, programs, dollars)
        select old.restriction_id, y.fiscal_year, -1, -y.allocated
          from compliance_program_year y where y.program_id = old.program_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into compliance_waiver_pressure_change (restriction_id, fiscal_year, programs, dollars)
        select new.restriction_id, y.fiscal_year, 1, y.allocated
          from compliance_program_year y where y.program_id = new.program_id;
        return new;
    end if;
    return old;
end $$;

create trigger tg_compliance_finding_count_pressure
    before insert or delete or update of program_id, restriction_id on compliance_finding
    for each row execute function compliance_finding_count_pressure();

create function compliance_program_year_count_pressure() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.program_id = new.program_id and old.fiscal_year = new.fiscal_year
            and old.allocated = new.allocated then
        return new;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into compliance_waiver_pressure_change (restriction_id, fiscal_year, programs, dollars)
        select f.restriction_id, old.fiscal_year, -1, -old.allocated
          from compliance_finding f where f.program_id = old.program_id
        union all
        select null, old.fiscal_year, -1, -old.allocated;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into compliance_waiver_pressure_change (restriction_id, fiscal_year, programs, dollars)
        select f.restriction_id, new.fiscal_year, 1, new.allocated
          from compliance_finding f where f.program_id = new.program_id
        union all
        select null, new.fiscal_year, 1, new.allocated;
        return new;
    end if;
    return old;
end $$;

create trigger tg_compliance_program_year_count_pressure
    before insert or delete or update on compliance_program_year
    for each row execute function compliance_program_year_count_pressure();

-- the counts of the rows stored so far
insert into compliance_waiver_pressure_cell (restriction_id, fiscal_year, programs, dollars)
select f.restriction_id, y.fiscal_year, count(*), sum(y.allocated)
  from compliance_finding f
  join compliance_program_year y on y.program_id = f.program_id
 group by f.restriction_id, y.fiscal_year;

insert into compliance_program_year_count (fiscal_year, programs)
select fiscal_year, count(*) from compliance_program_year group by fiscal_year;
