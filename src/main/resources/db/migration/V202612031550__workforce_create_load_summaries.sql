-- /workforce (issue 18) computed every program-year-role of the portfolio on every view: the shortfalls per lead
-- agency and per country (0.44 s on the benchmark's 50,000 programs, 29,000 with a workload) and, per agency and
-- post, the FTE every holder carries in a fiscal year (the whole year's assignments through
-- workforce_assignment_load, whose worker is computed and so cannot be found through an index). Both are now kept:
--   workforce_program_shortfall  per program with a workload: FTE needed, assigned and short over its plan's years
--                                (the lines of the former query summed per program; exact, in FTE only);
--   workforce_shortfall_total    the same summed per lead agency (by_country false) and per country (true);
--   workforce_person_year_load   per person and fiscal year: the FTE the person carries (own assignments and those
--                                of the positions the person holds in that year), as workforce_assignment_load says;
--   workforce_load_change        which programs and people changed since the last fold. Writers only ever insert
--                                here (triggers, so every writer does, SQL loaders included): concurrent writers
--                                never wait for each other on a shared total.
-- workforce_fold_load() recomputes the changed programs and people from the rows and moves their difference into the
-- totals, one folder at a time (advisory lock); the pages call it before they read, so they show every committed
-- change.
create table workforce_program_shortfall (
    program_id     bigint        not null,
    lead_agency_id bigint        not null,
    country_id     bigint        not null,
    needed         numeric(14,2) not null,
    assigned       numeric(14,2) not null,
    shortfall      numeric(14,2) not null,
    constraint pk_workforce_program_shortfall primary key (program_id)
);

create table workforce_shortfall_total (
    by_country boolean       not null,
    id         bigint        not null,
    needed     numeric(16,2) not null,
    assigned   numeric(16,2) not null,
    shortfall  numeric(16,2) not null,
    constraint pk_workforce_shortfall_total primary key (by_country, id)
);

create table workforce_person_year_load (
    person_id   bigint        not null,
    fiscal_year int           not null,
    fte         numeric(10,2) not null,
    constraint pk_workforce_person_year_load primary key (person_id, fiscal_year)
);
create index ix_workforce_person_year_load_year on workforce_person_year_load (fiscal_year, person_id);

create table workforce_load_change (
    id         bigserial primary key,
    program_id bigint,
    person_id  bigint,
    constraint ck_workforce_load_change_key check (num_nonnulls(program_id, person_id) = 1)
);

-- the lines of the given programs (null: all): FTE needed per program, plan year and role against what people
-- carry of it, summed per program
create function workforce_program_shortfalls(programs bigint[])
    returns table (program_id bigint, lead_agency_id bigint, country_id bigint, needed numeric, assigned numeric,
                   shortfall numeric)
    language sql stable as $$
    with assigned as (
        select a.program_id, a.fiscal_year, a.role, sum(a.fte) as fte
          from workforce_assignment_load a
         where a.worker_id is not null and (programs is null or a.program_id = any(programs))
         group by 1, 2, 3),
    years as (
        select p.id as program_id, p.lead_agency_id, cp.country_id, y.fy
          from program p
          join country_plan cp on cp.id = p.plan_id
         cross join lateral generate_series(cp.start_fiscal_year, cp.end_fiscal_year) as y(fy)
         where programs is null or p.id = any(programs)),
    lines as (
        select y.program_id, y.lead_agency_id, y.country_id, r.fte as needed, coalesce(a.fte, 0) as assigned
          from years y
          join workforce_program_workload w on w.program_id = y.program_id
         cross join lateral (values ('MANAGER', w.manager_fte), ('IMPLEMENTER', w.implementer_fte),
                                    ('OVERSIGHT', w.oversight_fte), ('EVALUATOR', w.evaluator_fte)) as r(role, fte)
          left join assigned a on a.program_id = y.program_id and a.fiscal_year = y.fy and a.role = r.role)
    select program_id, lead_agency_id, country_id, sum(needed), sum(assigned), sum(greatest(needed - assigned, 0))
      from lines
     group by program_id, lead_agency_id, country_id
$$;

-- the FTE the given people (null: everybody) carry per fiscal year; the same rows as workforce_assignment_load's
-- worker_id, found through the indexes on the assignment's person and position
create function workforce_person_year_loads(people bigint[])
    returns table (person_id bigint, fiscal_year int, fte numeric)
    language sql stable as $$
    select worker, fiscal_year, sum(fte)
      from (select a.person_id as worker, a.fiscal_year, a.fte
              from workforce_assignment a
             where a.person_id is not null and (people is null or a.person_id = any(people))
            union all
            select po.person_id, a.fiscal_year, a.fte
              from workforce_position po
              join workforce_assignment a on a.position_id = po.id
             where po.person_id is not null and (people is null or po.person_id = any(people))
               and (po.filled_from is null or po.filled_from <= make_date(a.fiscal_year, 9, 30))
               and (po.filled_to is null or po.filled_to >= make_date(a.fiscal_year - 1, 10, 1))) l
     group by worker, fiscal_year
$$;

-- the assignments the given people carry in the given fiscal years (worker_id of workforce_assignment_load), found
-- through the indexes on the assignment's person and position instead of computing every assignment's worker
create function workforce_worker_assignments(people bigint[], from_year int, to_year int)
    returns table (worker_id bigint, program_id bigint, fiscal_year int, role varchar, fte numeric)
    language sql stable as $$
    select a.person_id, a.program_id, a.fiscal_year, a.role, a.fte
      from workforce_assignment a
     where a.person_id = any(people) and a.fiscal_year between from_year and to_year
    union all
    select po.person_id, a.program_id, a.fiscal_year, a.role, a.fte
      from workforce_position po
      join workforce_assignment a on a.position_id = po.id
     where po.person_id = any(people) and a.fiscal_year between from_year and to_year
       and (po.filled_from is null or po.filled_from <= make_date(a.fiscal_year, 9, 30))
       and (po.filled_to is null or po.filled_to >= make_date(a.fiscal_year - 1, 10, 1))
$$;

create function workforce_fold_load() returns integer language plpgsql as $$
declare
    moved    integer;
    programs bigint[];
    people   bigint[];
begin
    if not exists (select 1 from workforce_load_change) then
        return 0;
    end if;
    -- "WFLOAD": one folder at a time; the next one waits and then folds what is left (or nothing)
    perform pg_advisory_xact_lock(87392958824772);
    with m as (delete from workforce_load_change returning program_id, person_id)
    select count(*), array_agg(distinct m.program_id) filter (where m.program_id is not null),
           array_agg(distinct m.person_id) filter (where m.person_id is not null)
      into moved, programs, people
      from m;
    if programs is not null then
        insert into workforce_shortfall_total as t (by_country, id, needed, assigned, shortfall)
        select g.by_country, g.id, -sum(s.needed), -sum(s.assigned), -sum(s.shortfall)
          from workforce_program_shortfall s
         cross join lateral (values (false, s.lead_agency_id), (true, s.country_id)) as g(by_country, id)
         where s.program_id = any(programs)
         group by g.by_country, g.id
        on conflict (by_country, id) do update set needed = t.needed + excluded.needed,
            assigned = t.assigned + excluded.assigned, shortfall = t.shortfall + excluded.shortfall;
        delete from workforce_program_shortfall s where s.program_id = any(programs);
        insert into workforce_program_shortfall (program_id, lead_agency_id, country_id, needed, assigned, shortfall)
        select * from workforce_program_shortfalls(programs);
        insert into workforce_shortfall_total as t (by_country, id, needed, assigned, shortfall)
        select g.by_country, g.id, sum(s.needed), sum(s.assigned), sum(s.shortfall)
          from workforce_program_shortfall s
         cross join lateral (values (false, s.lead_agency_id), (true, s.country_id)) as g(by_country, id)
         where s.program_id = any(programs)
         group by g.by_country, g.id
        on conflict (by_country, id) do update set needed = t.needed + excluded.needed,
            assigned = t.assigned + excluded.assigned, shortfall = t.shortfall + excluded.shortfall;
    end if;
    if people is not null then
        delete from workforce_person_year_load l where l.person_id = any(people);
        insert into workforce_person_year_load (person_id, fiscal_year, fte)
        select * from workforce_person_year_loads(people);
    end if;
    return moved;
end $$;

-- the triggers: which programs and people a change concerns (AFTER: a position's deletion has already cascaded to
-- its assignments when its own trigger runs, so it names its holder itself)
create function workforce_workload_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into workforce_load_change (program_id) values (old.program_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into workforce_load_change (program_id) values (new.program_id);
    end if;
    return null;
end $$;

create trigger tg_workforce_workload_changed
    after insert or delete or update on workforce_program_workload
    for each row execute function workforce_workload_changed();

create function workforce_assignment_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into workforce_load_change (program_id) values (old.program_id);
        insert into workforce_load_change (person_id)
        select coalesce(old.person_id, (select po.person_id from workforce_position po where po.id = old.position_id))
         where coalesce(old.person_id, (select po.person_id from workforce_position po where po.id = old.position_id))
               is not null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into workforce_load_change (program_id) values (new.program_id);
        insert into workforce_load_change (person_id)
        select coalesce(new.person_id, (select po.person_id from workforce_position po where po.id = new.position_id))
         where coalesce(new.person_id, (select po.person_id from workforce_position po where po.id = new.position_id))
               is not null;
    end if;
    return null;
end $$;

create trigger tg_workforce_assignment_changed
    after insert or delete or update on workforce_assignment
    for each row execute function workforce_assignment_changed();

create function workforce_position_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.person_id is not distinct from new.person_id
            and old.filled_from is not distinct from new.filled_from
            and old.filled_to is not distinct from new.filled_to then
        return null;
    end if;
    insert into workforce_load_change (person_id)
    select h from (values (old.person_id), (case when tg_op = 'UPDATE' then new.person_id end)) as v(h)
     where h is not null;
    insert into workforce_load_change (program_id)
    select distinct a.program_id from workforce_assignment a where a.position_id = old.id;
    return null;
end $$;

create trigger tg_workforce_position_changed
    after delete or update of person_id, filled_from, filled_to on workforce_position
    for each row execute function workforce_position_changed();

create function workforce_program_moved() returns trigger language plpgsql as $$
begin
    if old.lead_agency_id is distinct from new.lead_agency_id or old.plan_id is distinct from new.plan_id then
        insert into workforce_load_change (program_id) values (new.id);
    end if;
    return null;
end $$;

create trigger tg_workforce_program_moved
    after update of lead_agency_id, plan_id on program
    for each row execute function workforce_program_moved();

create function workforce_plan_years_changed() returns trigger language plpgsql as $$
begin
    if old.country_id is distinct from new.country_id or old.start_fiscal_year is distinct from new.start_fiscal_year
            or old.end_fiscal_year is distinct from new.end_fiscal_year then
        insert into workforce_load_change (program_id)
        select p.id from program p where p.plan_id = new.id;
    end if;
    return null;
end $$;

create trigger tg_workforce_plan_years_changed
    after update of country_id, start_fiscal_year, end_fiscal_year on country_plan
    for each row execute function workforce_plan_years_changed();

-- what is stored so far
insert into workforce_program_shortfall (program_id, lead_agency_id, country_id, needed, assigned, shortfall)
select * from workforce_program_shortfalls(null);

insert into workforce_shortfall_total (by_country, id, needed, assigned, shortfall)
select g.by_country, g.id, sum(s.needed), sum(s.assigned), sum(s.shortfall)
  from workforce_program_shortfall s
 cross join lateral (values (false, s.lead_agency_id), (true, s.country_id)) as g(by_country, id)
 group by g.by_country, g.id;

insert into workforce_person_year_load (person_id, fiscal_year, fte)
select * from workforce_person_year_loads(null);
