-- Page benchmark data set (bench/README.md). Run by org.ssaplanner.bench.GenerateData on a database that Flyway
-- has just created (no plan, no program, no user yet), in one session that has set:
--   bench.scale          1 = 2,000 plans / 50,000 programs / ~200,000 funding lines / ~450,000 indicator periods;
--                        0.1 = the 10x smaller set
--   bench.seed           every pseudo-random choice is hashint8extended(row number, seed + salt): same seed, same data
--   bench.password_hash  the {bcrypt} hash every generated account gets
-- Steps are separated by lines starting with "--@step"; each step runs as one statement batch and is timed.
-- Everything is inserted with explicit ids (1..n) and the sequences are moved past them at the end, so the
-- application goes on numbering from there. Derived data (compliance facts and findings, Envers history rows)
-- is computed here the way the application computes it, from the rows generated before.

--@step guard and helper functions
do $$
begin
    if exists (select 1 from country_plan) or exists (select 1 from program) or exists (select 1 from app_user) then
        raise exception 'The database already holds plans, programs or users: generate into a fresh data directory';
    end if;
end $$;

-- uniform pseudo-random number in [0, 1) for (row number, salt), fixed by bench.seed
create function pg_temp.r(i bigint, salt int) returns double precision language sql stable as $$
    select ((hashint8extended(i, current_setting('bench.seed')::bigint * 1000 + salt) >> 11) & 9007199254740991)::double precision
           / 9007199254740992.0
$$;
-- an integer in [0, n)
create function pg_temp.ri(i bigint, salt int, n int) returns int language sql stable as $$
    select least(n - 1, floor(pg_temp.r(i, salt) * n)::int)
$$;
create function pg_temp.pick(a anyarray, i bigint, salt int) returns anyelement language sql stable as $$
    select a[1 + pg_temp.ri(i, salt, cardinality(a))]
$$;
create function pg_temp.n(base int) returns int language sql stable as $$
    select greatest(1, round(base * current_setting('bench.scale')::numeric))::int
$$;

--@step users: the four named accounts, then planners, evaluators and viewers in every agency
create temp table g_user (id bigint primary key, username text, full_name text, agency_id bigint, role text);
insert into g_user values
    (1, 'admin', 'Administrator', (select id from agency where code = 'DOS'), 'ADMIN'),
    (2, 'planner', 'Bench Planner (conductor of the benchmark plans)', (select id from agency where code = 'INL'), 'PLANNER'),
    (3, 'evaluator', 'Bench Evaluator', (select id from agency where code = 'DSCA'), 'EVALUATOR'),
    (4, 'viewer', 'Bench Oversight Viewer', (select id from agency where code = 'DOS'), 'VIEWER');
insert into g_user
select 4 + row_number() over (order by a.id, k.role, k.n), lower(a.code) || '.' || lower(k.role) || k.n,
       initcap(lower(k.role)) || ' ' || k.n || ', ' || a.name, a.id, k.role
  from agency a
 cross join (select 'PLANNER' as role, n from generate_series(1, 4) n
             union all select 'EVALUATOR', n from generate_series(1, 2) n
             union all select 'VIEWER', 1) k;
-- the load test's further virtual users: role.02 to role.32, like the named account of their role (same agency);
-- concurrent sign-ins of one account fail today (bench/README.md), so each virtual user of a step has its own
insert into g_user
select (select max(id) from g_user) + row_number() over (order by n.id, k), n.username || '.' || lpad(k::text, 2, '0'),
       n.full_name || ' ' || k, n.agency_id, n.role
  from g_user n cross join generate_series(2, 32) k where n.id <= 4;

-- the data set's first revision; revision 1 belongs to the migrations (the carried exceptions' history)
insert into audit_revision (id, changed_at, changed_by) values (9000000, timestamptz '2024-09-02 08:00Z', 'system');
insert into app_user (id, username, full_name, email, job_title, password_hash, agency_id, created_at, created_by,
                      updated_at, updated_by)
select id, username, full_name, username || '@bench.example.org', initcap(lower(role)), current_setting('bench.password_hash'),
       agency_id, timestamptz '2024-09-02 08:00Z', 'system', timestamptz '2024-09-02 08:00Z', 'system'
  from g_user;
insert into app_user_role (user_id, role) select id, role from g_user;
insert into app_user_aud (id, rev, revtype, username, full_name, email, job_title, agency_id, enabled)
select id, 9000000, 0, username, full_name, username || '@bench.example.org', initcap(lower(role)), agency_id, true from g_user;
insert into app_user_role_aud (rev, revtype, user_id, role) select 9000000, 0, id, role from g_user;

--@step partner units: in every partner country, two units of each recipient type (one at the 10x smaller size)
create temp table g_country as
select row_number() over (order by c.id) as ord, c.id, c.alpha2, c.alpha3, c.name
  from country c join region r on r.id = c.region_id
 where r.name not in ('Northern America', 'Northern Europe', 'Western Europe', 'Australia and New Zealand', 'Antarctica')
   and c.alpha2 not in ('CN', 'RU', 'KP', 'IR', 'SY', 'CU', 'VE', 'BY');
create temp table g_rtype as
select row_number() over (order by sort_order) as ord, code, name from recipient_type;

create temp table g_unit as
select row_number() over (order by c.ord, t.ord, k) as id, c.id as country_id, c.ord as country_ord, t.code as force_type,
       t.ord as rtype_ord, k, c.name || ' ' || t.name || ' unit ' || k as name
  from g_country c cross join g_rtype t cross join generate_series(1, case when current_setting('bench.scale')::numeric >= 0.5
                                                                           then 2 else 1 end) k;
create unique index on g_unit (country_id, rtype_ord, k);
insert into partner_unit (id, country_id, name, force_type_code, description, created_at, created_by, updated_at, updated_by)
select id, country_id, name, force_type, 'Bench unit (' || lower(force_type) || ').', timestamptz '2024-09-02 08:00Z', 'admin',
       timestamptz '2024-09-02 08:00Z', 'admin'
  from g_unit;
insert into partner_unit_aud (id, rev, revtype, country_id, name, force_type_code, description, active)
select id, 9000000, 0, country_id, name, force_type, 'Bench unit (' || lower(force_type) || ').', true from g_unit;

--@step human-rights incidents: about 4% of units, a third of them credible
create temp table g_incident as
select row_number() over (order by u.id, m) as id, u.id as unit_id, u.name as unit_name,
       (array['EXTRAJUDICIAL_KILLING','TORTURE','ENFORCED_DISAPPEARANCE','RAPE_UNDER_COLOR_OF_LAW','OTHER_GROSS_VIOLATION'])
           [1 + pg_temp.ri(u.id * 3 + m, 11, 5)] as category,
       case when pg_temp.r(u.id * 3 + m, 12) < 0.35 then 'CREDIBLE'
            when pg_temp.r(u.id * 3 + m, 12) < 0.55 then 'UNDER_REVIEW'
            when pg_temp.r(u.id * 3 + m, 12) < 0.70 then 'REPORTED'
            when pg_temp.r(u.id * 3 + m, 12) < 0.85 then 'REMEDIATED'
            else 'DISMISSED' end as status,
       date '2021-01-01' + pg_temp.ri(u.id * 3 + m, 13, 1400) as incident_date
  from g_unit u cross join generate_series(1, 2) m
 where pg_temp.r(u.id, 10) < 0.04 and (m = 1 or pg_temp.r(u.id, 14) < 0.3);
insert into audit_revision (id, changed_at, changed_by)
select 1 + id, timestamptz '2025-06-01 10:00Z' + id * interval '1 hour', 'evaluator' from g_incident;
insert into hr_incident (id, unit_id, incident_date, location, description, source, category, status, status_decided_by,
                         status_decided_at, created_at, created_by, updated_at, updated_by)
select id, unit_id, incident_date, 'District ' || (1 + pg_temp.ri(id, 15, 40)),
       'Allegation recorded for the benchmark: ' || lower(replace(category, '_', ' ')) || ' reported near the unit''s base.',
       'Bench NGO report ' || id, category, status, 'evaluator', timestamptz '2025-06-01 10:00Z' + id * interval '1 hour',
       timestamptz '2025-06-01 10:00Z' + id * interval '1 hour', 'evaluator',
       timestamptz '2025-06-01 10:00Z' + id * interval '1 hour', 'evaluator'
  from g_incident;
insert into hr_incident_status_change (incident_id, from_status, to_status, decided_by, decided_at, note)
select id, null, 'REPORTED', 'evaluator', timestamptz '2025-06-01 10:00Z' + id * interval '1 hour', null from g_incident
union all
select id, 'REPORTED', status, 'evaluator', timestamptz '2025-06-01 10:00Z' + id * interval '1 hour', 'Bench decision.'
  from g_incident where status <> 'REPORTED'
order by 1, 4;
insert into hr_incident_aud (id, rev, revtype, unit_id, incident_date, location, description, source, category, status,
                             status_decided_by, status_decided_at)
select id, 1 + id, 0, unit_id, incident_date, location, description, source, category, status, status_decided_by,
       status_decided_at
  from hr_incident;

--@step plans: 2,000 (scaled); plan 1 (Colombia) holds 500 programs (scaled), plan 2 (Philippines) 25
create temp table g_planner as
select row_number() over (order by id) as ord, id, username, agency_id from g_user
 where role = 'PLANNER' and username !~ '^planner\.[0-9]+$';
create temp table g_agency as select row_number() over (order by id) as ord, id, code from agency;

create temp table g_plan as
with base as (
    select j,
           case j when 1 then (select ord from g_country where alpha2 = 'CO')
                  when 2 then (select ord from g_country where alpha2 = 'PH')
                  else 1 + floor(power(pg_temp.r(j, 20), 1.6) * (select count(*) from g_country))::int end as country_ord,
           case when j <= 2 then 2025 else 2019 + pg_temp.ri(j, 21, 10) end as start_fy,
           case when j <= 2 then 4 else 1 + pg_temp.ri(j, 22, 4) end as extra_years,
           case when j <= 2 or j % 40 = 0 then 1 else 1 + pg_temp.ri(j, 23, (select count(*)::int from g_planner)) end
               as planner_ord
      from generate_series(1, pg_temp.n(2000)) j
)
select b.j as id, c.id as country_id, c.name as country_name, c.ord as country_ord, b.start_fy,
       b.start_fy + b.extra_years as end_fy, p.id as conductor_id, p.username as conductor, p.agency_id as conductor_agency,
       case when b.j <= 2 then 'DRAFT'
            when pg_temp.r(b.j, 24) < 0.30 then 'DRAFT'
            when pg_temp.r(b.j, 24) < 0.50 then 'INTERAGENCY_REVIEW'
            when pg_temp.r(b.j, 24) < 0.90 then 'APPROVED'
            else 'ARCHIVED' end as status,
       (array['citizen security and rule of law', 'maritime domain awareness', 'border security and counternarcotics',
              'counterterrorism and stabilization', 'defense institution building', 'peacekeeping readiness',
              'justice-sector reform', 'cyber resilience of critical infrastructure'])[1 + pg_temp.ri(b.j, 25, 8)] as theme,
       timestamptz '2024-10-01 09:00Z' + b.j * interval '3 hours' as created_at
  from base b join g_country c on c.ord = b.country_ord join g_planner p on p.ord = b.planner_ord;

insert into audit_revision (id, changed_at, changed_by)
select 10000000 + id, created_at, conductor from g_plan;
insert into country_plan (id, country_id, title, start_fiscal_year, end_fiscal_year, desired_end_states, conductor_user_id,
                          conductor_agency_id, status, created_at, created_by, updated_at, updated_by)
select id, country_id, country_name || ': ' || theme || ', FY' || start_fy || '-' || end_fy, start_fy, end_fy,
       'Partner forces in ' || country_name || ' sustain ' || theme || ' on their own; institutions are accountable.',
       conductor_id, conductor_agency, status, created_at, conductor, created_at, conductor
  from g_plan;
insert into country_plan_aud (id, rev, revtype, country_id, title, start_fiscal_year, end_fiscal_year, desired_end_states,
                              conductor_user_id, conductor_agency_id, status)
select id, 10000000 + id, 0, country_id, title, start_fiscal_year, end_fiscal_year, desired_end_states, conductor_user_id,
       conductor_agency_id, status
  from country_plan;

-- participating agencies: the conductor's agency and each other agency with probability 0.15
create temp table g_participant as
select p.id as plan_id, p.conductor_agency as agency_id from g_plan p
union
select p.id, a.id from g_plan p cross join g_agency a where pg_temp.r(p.id * 100 + a.ord, 26) < 0.15;
insert into plan_participating_agency (plan_id, agency_id) select plan_id, agency_id from g_participant;
insert into plan_participating_agency_aud (rev, revtype, plan_id, agency_id)
select 10000000 + plan_id, 0, plan_id, agency_id from g_participant;
create temp table g_plan_agencies as
select plan_id, array_agg(agency_id order by agency_id) as agencies from g_participant group by plan_id;

--@step objectives (2 to 4 per plan) and intermediate outcomes (1 to 3 per objective)
create temp table g_objective as
select row_number() over (order by p.id, k) as id, p.id as plan_id, k,
       (array['GOVERNANCE', 'OPERATIONAL', 'TRANSACTIONAL', 'OPERATIONAL'])[k] as category, p.country_name, p.theme
  from g_plan p cross join generate_series(1, 4) k
 where k <= 2 + pg_temp.ri(p.id, 30, 3);
insert into plan_objective (id, plan_id, category, title, description, created_at)
select id, plan_id, category,
       case category when 'GOVERNANCE' then 'Accountable institutions for ' || theme || ' in ' || country_name
                     when 'OPERATIONAL' then 'Partner forces of ' || country_name || ' carry out ' || theme || ' missions (' || k || ')'
                     else country_name || ' remains a preferred partner for ' || theme end,
       null, timestamptz '2024-10-01 09:00Z' + plan_id * interval '3 hours'
  from g_objective;
create temp table g_outcome as
select row_number() over (order by o.id, m) as id, o.id as objective_id, o.plan_id, o.category, m as k, o.country_name
  from g_objective o cross join generate_series(1, 3) m
 where m <= 1 + pg_temp.ri(o.id, 31, 3);
insert into plan_outcome (id, objective_id, title, description, created_at)
select id, objective_id,
       (array['Units sustain the capability without US funding', 'Cases move from arrest to verdict within a year',
              'Patrols cover the border crossings around the clock', 'Ministry budgets include sustainment costs',
              'Communities report threats to police who respond lawfully'])[1 + pg_temp.ri(id, 32, 5)] || ' (' || k || ')',
       null, timestamptz '2024-10-01 09:00Z' + plan_id * interval '3 hours'
  from g_outcome;
create temp table g_plan_outcomes as
select plan_id, array_agg(id order by id) as outcomes from g_outcome group by plan_id;

--@step programs: facts chosen first (recipient type, unit, authorities consistent with what they permit)
create temp table g_auth as
select a.id, a.short_name, a.citation, a.funding_account, a.source_act, a.statute, a.notification_days
  from authority a;
create temp table g_rtype_auth as
select rt.recipient_type_code as code, array_agg(rt.authority_id order by rt.authority_id) as authorities
  from authority_recipient_type rt group by rt.recipient_type_code;
create temp table g_auth_atype as
select authority_id, array_agg(assistance_type_code order by assistance_type_code) as types
  from authority_assistance_type group by authority_id;

create temp table g_prog as
with slots as (
    select k,
           case when k <= pg_temp.n(500) then 1
                when k <= pg_temp.n(500) + 25 then 2
                else 3 + floor(power(pg_temp.r(k, 40), 1.1) * ((select count(*) from g_plan) - 2))::int end as plan_id
      from generate_series(1, pg_temp.n(50000)) k
), facts as (
    select s.k as id, s.plan_id,
           -- recipient type, weighted towards military, police, border and coast guard
           (array['MILITARY','MILITARY','MILITARY','POLICE','POLICE','BORDER','COAST_GUARD','GENDARMERIE','CUSTOMS',
                  'JUSTICE','CORRECTIONS','INTELLIGENCE','MINISTRY','MINISTRY','CIVIL_SOCIETY'])[1 + pg_temp.ri(s.k, 41, 15)]
               as rtype
      from slots s
)
select f.id, f.plan_id, p.country_id, p.country_ord, p.start_fy as plan_start_fy, p.end_fy as plan_end_fy,
       p.status as plan_status, p.conductor, f.rtype, rt.ord as rtype_ord,
       pg_temp.pick(pa.agencies, f.id, 42) as lead_agency_id,
       pg_temp.pick(ra.authorities, f.id, 43) as auth1,
       case when cardinality(ra.authorities) > 1 and pg_temp.r(f.id, 44) < 0.5 then pg_temp.pick(ra.authorities, f.id, 45) end
           as auth2_candidate,
       pa.agencies
  from facts f join g_plan p on p.id = f.plan_id join g_plan_agencies pa on pa.plan_id = f.plan_id
  join g_rtype rt on rt.code = f.rtype join g_rtype_auth ra on ra.code = f.rtype;
alter table g_prog add primary key (id);
alter table g_prog add column auth2 bigint, add column atype text, add column domain1 text, add column domain2 text,
    add column primary_category text, add column second_category text, add column horizon text, add column priority text,
    add column risk text, add column status text, add column start_fy int, add column end_fy int, add column unit_id bigint,
    add column unit_name text, add column assessed boolean, add column title text, add column description text,
    add column updated_at timestamptz, add column created_at timestamptz;
update g_prog g set auth2 = nullif(auth2_candidate, auth1),
       atype = pg_temp.pick(t.types, g.id, 46),
       domain1 = (array['CYBER','ELECTRONIC_WARFARE','SPACE','HYBRID_WARFARE','MARITIME','MARITIME','COUNTERTERRORISM',
                        'COUNTERTERRORISM','STABILIZATION','GOVERNANCE_RULE_OF_LAW','GOVERNANCE_RULE_OF_LAW','BORDER_SECURITY',
                        'COUNTERNARCOTICS','COUNTERNARCOTICS','PEACEKEEPING','DEFENSE_INSTITUTION_BUILDING',
                        'NONPROLIFERATION'])[1 + pg_temp.ri(g.id, 47, 17)],
       horizon = case when pg_temp.r(g.id, 48) < 0.45 then 'TACTICAL' else 'STRATEGIC' end,
       priority = (array['HIGH','MEDIUM','MEDIUM','LOW'])[1 + pg_temp.ri(g.id, 49, 4)],
       risk = (array['HIGH','MEDIUM','LOW','LOW'])[1 + pg_temp.ri(g.id, 50, 4)],
       start_fy = case when pg_temp.r(g.id, 51) < 0.9 then g.plan_start_fy
                       else g.plan_start_fy + pg_temp.ri(g.id, 52, g.plan_end_fy - g.plan_start_fy + 1) end,
       created_at = timestamptz '2024-10-01 09:00Z' + g.plan_id * interval '3 hours' + g.id * interval '1 second',
       updated_at = timestamptz '2024-12-01 00:00Z' + pg_temp.r(g.id, 53) * interval '730 days'
  from g_auth_atype t where t.authority_id = g.auth1;
update g_prog g set end_fy = case when pg_temp.r(g.id, 54) < 0.9 then g.plan_end_fy
                                  else g.start_fy + pg_temp.ri(g.id, 55, g.plan_end_fy - g.start_fy + 1) end,
       domain2 = case when pg_temp.r(g.id, 56) < 0.3 then
                      nullif((array['MARITIME','COUNTERTERRORISM','BORDER_SECURITY','COUNTERNARCOTICS','STABILIZATION',
                                    'GOVERNANCE_RULE_OF_LAW','CYBER'])[1 + pg_temp.ri(g.id, 57, 7)], g.domain1) end,
       primary_category = case when g.atype in ('EQUIPMENT_SALE', 'FINANCING', 'EDUCATION') then 'TRANSACTIONAL'
                               when g.atype in ('INSTITUTION_BUILDING', 'JUSTICE_SECTOR', 'COMMUNITY_JUSTICE', 'ADVISING')
                                   then 'GOVERNANCE'
                               else 'OPERATIONAL' end,
       -- 90% name a recipient unit of the plan's country and of the program's recipient type
       unit_id = case when pg_temp.r(g.id, 58) < 0.9 then
                     (select u.id from g_unit u where u.country_id = g.country_id and u.rtype_ord = g.rtype_ord
                         and u.k = 1 + pg_temp.ri(g.id, 59, case when current_setting('bench.scale')::numeric >= 0.5 then 2 else 1 end)) end,
       status = case when g.plan_status = 'DRAFT' and g.id > pg_temp.n(500) + 25 then
                         case when pg_temp.r(g.id, 60) < 0.8 then 'PROPOSED' else 'ACTIVE' end
                     when pg_temp.r(g.id, 60) < 0.50 then 'ACTIVE'
                     when pg_temp.r(g.id, 60) < 0.70 then 'PROPOSED'
                     when pg_temp.r(g.id, 60) < 0.85 then 'COMPLETED'
                     when pg_temp.r(g.id, 60) < 0.90 then 'SUSPENDED'
                     else 'TERMINATED' end;
update g_prog g set second_category = case when pg_temp.r(g.id, 61) < 0.25 then
                        nullif((array['OPERATIONAL','TRANSACTIONAL','GOVERNANCE'])[1 + pg_temp.ri(g.id, 62, 3)], g.primary_category) end,
       assessed = g.status not in ('PROPOSED', 'TERMINATED') or pg_temp.r(g.id, 63) < 0.4,
       unit_name = (select u.name from g_unit u where u.id = g.unit_id);
-- titles and descriptions: "training" is common (every TRAINING program), "hydrography" is rare (5 programs)
update g_prog g set
       title = (case g.atype
                    when 'TRAINING' then initcap(replace(lower(g.domain1), '_', ' ')) || ' training for '
                    when 'EDUCATION' then 'Professional education in ' || replace(lower(g.domain1), '_', ' ') || ' for '
                    when 'ADVISING' then 'Advisors on ' || replace(lower(g.domain1), '_', ' ') || ' to '
                    when 'EXERCISE' then 'Combined ' || replace(lower(g.domain1), '_', ' ') || ' exercise with '
                    when 'EQUIPMENT_GRANT' then 'Equipment for ' || replace(lower(g.domain1), '_', ' ') || ' to '
                    when 'EQUIPMENT_SALE' then 'Sale of ' || replace(lower(g.domain1), '_', ' ') || ' systems to '
                    when 'FINANCING' then 'Financing of ' || replace(lower(g.domain1), '_', ' ') || ' purchases by '
                    when 'SUPPLIES_SERVICES' then 'Spare parts and sustainment of ' || replace(lower(g.domain1), '_', ' ') || ' assets of '
                    when 'INSTITUTION_BUILDING' then 'Institution building in ' || replace(lower(g.domain1), '_', ' ') || ' for '
                    when 'JUSTICE_SECTOR' then 'Prosecutor and court mentoring on ' || replace(lower(g.domain1), '_', ' ') || ' cases for '
                    when 'COMMUNITY_JUSTICE' then 'Community justice and reconciliation around '
                    else 'Construction of ' || replace(lower(g.domain1), '_', ' ') || ' facilities for ' end)
               || coalesce(g.unit_name, (select c.name from g_country c where c.id = g.country_id) || ' ' || lower(g.rtype))
               || ' (' || g.id || ')',
       description = (array['Courses, mentoring and equipment delivered in phases; ',
                            'Mobile teams and resident advisors work alongside the partner; ',
                            'A handover model passes the courses to the partner academy; ',
                            'Maintenance contracts and spare parts keep delivered equipment in service; '])[1 + pg_temp.ri(g.id, 64, 4)]
               || (array['the partner commits staff and a budget line for consumables.',
                         'staff turnover is the main risk.',
                         'the program coordinates with the other agencies active in the region.',
                         'results are reported each half year against the plan''s outcomes.'])[1 + pg_temp.ri(g.id, 65, 4)]
               || case when g.id % pg_temp.n(10000) = 17 then ' Includes hydrography survey support for the port approaches.' else '' end;

--@step programs: insert with their link tables
insert into audit_revision (id, changed_at, changed_by) select 20000000 + id, created_at, conductor from g_prog;
insert into program (id, plan_id, title, description, lead_agency_id, assistance_type_code, recipient_unit_id,
                     recipient_type_code, primary_category, horizon, priority, risk, status, start_date, end_date,
                     absorptive_capacity_assessment, absorptive_capacity_rating, sustainer, sustainment_annual_cost,
                     created_at, created_by, updated_at, updated_by)
select id, plan_id, title, description, lead_agency_id, atype, unit_id, rtype, primary_category, horizon, priority, risk,
       status, make_date(start_fy - 1, 10, 1), make_date(end_fy, 9, 30),
       case when assessed then 'The unit has trained maintainers and a budget line for consumables; turnover is the main risk.' end,
       case when assessed then (array['HIGH','MEDIUM','LOW'])[1 + pg_temp.ri(id, 66, 3)] end,
       case when assessed then 'Partner ministry, from its own budget after year three' end,
       case when assessed then (50000 + pg_temp.ri(id, 67, 40) * 25000)::numeric(19, 2) end,
       created_at, conductor, updated_at, conductor
  from g_prog;
insert into program_supporting_agency (program_id, agency_id)
select distinct g.id, a from g_prog g cross join lateral unnest(g.agencies) a
 where a <> g.lead_agency_id and pg_temp.r(g.id * 100 + a, 68) < 0.25;
insert into program_authority (program_id, authority_id)
select id, auth1 from g_prog union all select id, auth2 from g_prog where auth2 is not null;
insert into program_capability_domain (program_id, capability_domain_code)
select id, domain1 from g_prog union all select id, domain2 from g_prog where domain2 is not null;
insert into program_objective_category (program_id, category)
select id, primary_category from g_prog union all select id, second_category from g_prog where second_category is not null;
-- 75% of programs serve one intermediate outcome of their plan
insert into plan_outcome_program (outcome_id, program_id)
select pg_temp.pick(o.outcomes, g.id, 69), g.id from g_prog g join g_plan_outcomes o on o.plan_id = g.plan_id
 where pg_temp.r(g.id, 70) < 0.75;

--@step funding lines: one per fiscal year of the program and funding account of each of its authorities
create temp table g_line as
select row_number() over (order by g.id, fy, a.aid) as id, g.id as program_id, fy, a.funding_account,
       (100000 + pg_temp.ri(g.id * 100 + fy * 3 + a.aid, 71, 4900) * 1000)::numeric as requested,
       pg_temp.r(g.id * 100 + fy * 3 + a.aid, 72) as f1, pg_temp.r(g.id * 100 + fy * 3 + a.aid, 73) as f2,
       pg_temp.r(g.id * 100 + fy * 3 + a.aid, 74) as f3
  from g_prog g cross join generate_series(g.start_fy, g.end_fy) fy
  -- authorities that share a funding account (the title 10 ones) share its lines
  cross join lateral (select x.funding_account, min(x.id) as aid from g_auth x where x.id in (g.auth1, g.auth2)
                       group by x.funding_account) a;
-- FY2027 is the current fiscal year (October 2026 to September 2027)
create temp table g_line_amounts as
select l.id, l.program_id, l.fy, l.funding_account, l.requested,
       case when l.fy <= 2026 then round(l.requested * (0.7 + 0.3 * l.f1))
            when l.fy = 2027 then round(l.requested * (0.5 + 0.5 * l.f1))
            when l.fy = 2028 then round(l.requested * 0.5 * l.f1) else 0 end as allocated, l.f2, l.f3
  from g_line l;
insert into program_funding_line (id, program_id, fiscal_year, funding_account, requested, allocated, obligated, disbursed)
select id, program_id, fy, funding_account, requested, allocated, obligated,
       round(obligated * case when fy <= 2025 then 0.5 + 0.5 * f3 when fy = 2026 then 0.2 + 0.6 * f3 else 0.5 * f3 end)
  from (select a.*, round(a.allocated * case when fy <= 2026 then 0.8 + 0.2 * f2 when fy = 2027 then 0.7 * f2 else 0 end)
                        as obligated
          from g_line_amounts a) x;

--@step waivers and statutory-exception claims for FAA s.660 (police and corrections under FAA authorities)
create temp table g_facts as
select g.id, g.plan_id, g.rtype, g.unit_id, g.unit_name, g.conductor,
       array_remove(array[g.auth1, g.auth2], null) as auths,
       exists (select 1 from g_auth a where a.id in (g.auth1, g.auth2) and a.source_act = 'FAA') as faa,
       exists (select 1 from g_auth a where a.id in (g.auth1, g.auth2) and a.source_act in ('FAA', 'AECA')) as state_funds,
       exists (select 1 from g_auth a where a.id in (g.auth1, g.auth2) and a.statute = 'TITLE_10') as dod_funds,
       (select i.category || '|' || i.incident_date from g_incident i where i.unit_id = g.unit_id and i.status = 'CREDIBLE'
         order by i.incident_date limit 1) as credible,
       (select string_agg(a.citation || ' (' || a.short_name || ')', ', ' order by a.id) from g_auth a
         where a.id in (g.auth1, g.auth2)) as labels,
       (select string_agg(a.citation || ' (' || a.short_name || ')', ', ' order by a.id) from g_auth a
         where a.id in (g.auth1, g.auth2) and a.source_act = 'FAA') as faa_labels
  from g_prog g;
alter table g_facts add primary key (id);
create temp table g_waiver as
select row_number() over (order by f.id) as id, f.id as program_id, f.conductor, pg_temp.r(f.id, 80) as x,
       case when pg_temp.r(f.id, 80) < 0.60 then 'WAIVER' else 'EXCEPTION' end as kind,
       case when pg_temp.r(f.id, 80) < 0.60 then 'APPROVED'
            when pg_temp.r(f.id, 80) < 0.75 then 'APPROVED'
            when pg_temp.r(f.id, 80) < 0.85 then 'REQUESTED'
            else 'REJECTED' end as status,
       exists (select 1 from g_auth a where a.id = any (f.auths) and a.short_name = 'INCLE') as narcotics
  from g_facts f where f.rtype in ('POLICE', 'CORRECTIONS') and f.faa and pg_temp.r(f.id, 80) < 0.90;
update g_waiver set kind = 'WAIVER' where status in ('REQUESTED', 'REJECTED');
insert into audit_revision (id, changed_at, changed_by)
select 30000000 + id, timestamptz '2025-01-15 09:00Z' + id * interval '37 minutes', conductor from g_waiver;
insert into waiver (id, program_id, restriction_id, kind, exception_id, justification, status, requested_by, requested_at,
                    decided_by, decided_at, approving_official_name, approving_official_title, effective_date, expiry_date,
                    decision_note, created_at, created_by, updated_at, updated_by)
select w.id, w.program_id, r.id, w.kind,
       case when w.kind = 'EXCEPTION' then (select e.id from restriction_exception e where e.restriction_id = r.id
                and e.code = case when w.narcotics then 'NARCOTICS_DEA_FBI' else 'POST_CONFLICT_POLICE' end) end,
       'The program trains and equips police investigators; notwithstanding authority in the annual appropriations act ('
           || w.id || ').',
       w.status, w.conductor, timestamptz '2025-01-15 09:00Z' + w.id * interval '37 minutes',
       case when w.status <> 'REQUESTED' then 'admin' end,
       case when w.status <> 'REQUESTED' then timestamptz '2025-01-20 09:00Z' + w.id * interval '37 minutes' end,
       case when w.status = 'APPROVED' then 'Bench Official' end,
       case when w.status = 'APPROVED' then 'Under Secretary for Civilian Security, Democracy, and Human Rights' end,
       case when w.status = 'APPROVED' then date '2025-02-01' end,
       case when w.status = 'APPROVED' and w.kind = 'WAIVER' then date '2030-09-30' end,
       case when w.status = 'REJECTED' then 'Justification does not show why the exceptions do not apply.' end,
       timestamptz '2025-01-15 09:00Z' + w.id * interval '37 minutes', w.conductor,
       timestamptz '2025-01-20 09:00Z' + w.id * interval '37 minutes', case when w.status = 'REQUESTED' then w.conductor else 'admin' end
  from g_waiver w join restriction r on r.code = 'FAA_660';
insert into waiver_aud (id, rev, revtype, program_id, restriction_id, kind, exception_id, justification, status, requested_by,
                        requested_at, decided_by, decided_at, approving_official_name, approving_official_title,
                        effective_date, expiry_date, decision_note)
select id, 30000000 + id, 0, program_id, restriction_id, kind, exception_id, justification, status, requested_by, requested_at,
       decided_by, decided_at, approving_official_name, approving_official_title, effective_date, expiry_date, decision_note
  from waiver;

--@step congressional notifications: filed for 70% of the (program, authority) pairs that need one
insert into congressional_notification (program_id, authority_id, filed_on, reference, created_at, created_by, updated_at,
                                        updated_by)
select g.id, a.id, least(make_date(g.start_fy - 1, 9, 1), date '2026-10-01'), 'CN ' || a.short_name || ' ' || g.id,
       timestamptz '2025-01-10 09:00Z', g.conductor, timestamptz '2025-01-10 09:00Z', g.conductor
  from g_prog g join g_auth a on a.id in (g.auth1, g.auth2)
 where a.notification_days is not null and pg_temp.r(g.id * 10 + a.id, 81) < 0.70;

--@step compliance findings, as the compliance engine states them for the seeded restrictions (evaluated 2026-11-30)
create temp table g_finding as
-- FAA s.660: police or corrections under an FAA authority
select f.id as program_id, 'FAA_660' as code,
       case when w.status = 'APPROVED' and w.kind = 'WAIVER' then 'SATISFIED_BY_WAIVER'
            when w.status = 'APPROVED' then 'SATISFIED_BY_EXCEPTION' else 'BLOCKING' end as severity,
       case when w.status = 'APPROVED' and w.kind = 'WAIVER' then
                'Recipient type ' || f.rtype || ' (one of CORRECTIONS, POLICE), under ' || f.faa_labels
                || ': 22 U.S.C. 2420, FAA s.660 is waived by waiver ' || w.id
                || ' (Bench Official, Under Secretary for Civilian Security, Democracy, and Human Rights) until 2030-09-30.'
            when w.status = 'APPROVED' then
                'Recipient type ' || f.rtype || ' (one of CORRECTIONS, POLICE), under ' || f.faa_labels
                || ': statutory exception ' || case when w.narcotics then 'FAA s.660(b)(1) (NARCOTICS_DEA_FBI)'
                                                    else 'FAA s.660(b)(6) (POST_CONFLICT_POLICE)' end
                || ' claimed under 22 U.S.C. 2420, FAA s.660 (request ' || w.id || ', approved).'
            else 'Recipient type ' || f.rtype || ' (one of CORRECTIONS, POLICE), under ' || f.faa_labels
                || ' requires a waiver of 22 U.S.C. 2420, FAA s.660 or a statutory exception; none is active.' end as reason,
       case when w.status = 'APPROVED' then w.id end as waiver_id
  from g_facts f left join g_waiver w on w.program_id = f.id
 where f.rtype in ('POLICE', 'CORRECTIONS') and f.faa
union all
-- the Leahy laws: a credible, unremediated gross violation by the recipient unit
select f.id, l.code, 'BLOCKING',
       'Recipient unit ' || f.unit_name || ' has a credible, unremediated gross violation of human rights on record ('
       || initcap(replace(lower(split_part(f.credible, '|', 1)), '_', ' ')) || ', ' || split_part(f.credible, '|', 2)
       || '), under ' || f.labels || ': ' || l.title || ' (' || l.citation || ') forbids this assistance and cannot be waived.',
       null
  from g_facts f join restriction l on (l.code = 'LEAHY_STATE' and f.state_funds) or (l.code = 'LEAHY_DOD' and f.dod_funds)
 where f.credible is not null
union all
-- congressional notification not filed (or its waiting period has not run) for an authority that requires one
select g.id, 'CONGRESSIONAL_NOTIFICATION', 'WARNING',
       string_agg(a.citation || ' (' || a.short_name || ')', ', ' order by a.id)
       || ' requires congressional notification before obligation, no congressional notification on record, or its'
       || ' waiting period has not run, for ' || string_agg(a.citation || ' (' || a.short_name || ')', ', ' order by a.id)
       || ': Congressional notification not filed (Notification requirement of the authority) applies.',
       null
  from g_prog g join g_auth a on a.id in (g.auth1, g.auth2)
  left join congressional_notification n on n.program_id = g.id and n.authority_id = a.id
 where a.notification_days is not null and (n.id is null or n.filed_on + a.notification_days > date '2026-11-30')
 group by g.id;

-- a program that a blocking finding holds cannot be active: such programs are proposed or suspended
update g_prog g set status = case g.status when 'ACTIVE' then 'SUSPENDED' when 'COMPLETED' then 'SUSPENDED' else g.status end
 where exists (select 1 from g_finding f where f.program_id = g.id and f.severity = 'BLOCKING');
update program p set status = g.status from g_prog g where g.id = p.id and p.status <> g.status;

insert into compliance_program (program_id, plan_id, country_id, title, lead_agency_id, recipient_unit_id, recipient_type_code,
                                assistance_type_code, capability_domain_codes, authority_ids, status, start_date, end_date,
                                total_allocated, evaluated_at)
select g.id, g.plan_id, g.country_id, g.title, g.lead_agency_id, g.unit_id, g.rtype, g.atype,
       array_to_string(array(select d from unnest(array[g.domain1, g.domain2]) d where d is not null order by d), ','),
       array_to_string(array(select a from unnest(array[g.auth1, g.auth2]) a where a is not null order by a), ','),
       g.status, make_date(g.start_fy - 1, 10, 1), make_date(g.end_fy, 9, 30),
       coalesce((select sum(l.allocated) from program_funding_line l where l.program_id = g.id), 0),
       timestamptz '2026-11-30 02:15Z'
  from g_prog g;
insert into compliance_program_year (program_id, fiscal_year, allocated)
select program_id, fiscal_year, sum(allocated) from program_funding_line group by program_id, fiscal_year;
insert into compliance_finding (program_id, restriction_id, severity, reason, waiver_id, evaluated_on)
select f.program_id, r.id, f.severity, f.reason, f.waiver_id, date '2026-11-30'
  from g_finding f join restriction r on r.code = f.code
 order by f.program_id, r.id;

--@step program history (Envers): one revision per program with the program, its collections and funding lines
insert into program_aud (id, rev, revtype, plan_id, title, description, lead_agency_id, assistance_type_code, recipient_unit_id,
                         recipient_type_code, primary_category, horizon, priority, risk, status, start_date, end_date,
                         absorptive_capacity_assessment, absorptive_capacity_rating, sustainer, sustainment_annual_cost)
select id, 20000000 + id, 0, plan_id, title, description, lead_agency_id, assistance_type_code, recipient_unit_id,
       recipient_type_code, primary_category, horizon, priority, risk, status, start_date, end_date,
       absorptive_capacity_assessment, absorptive_capacity_rating, sustainer, sustainment_annual_cost
  from program;
insert into program_supporting_agency_aud (rev, revtype, program_id, agency_id)
select 20000000 + program_id, 0, program_id, agency_id from program_supporting_agency;
insert into program_authority_aud (rev, revtype, program_id, authority_id)
select 20000000 + program_id, 0, program_id, authority_id from program_authority;
insert into program_capability_domain_aud (rev, revtype, program_id, capability_domain_code)
select 20000000 + program_id, 0, program_id, capability_domain_code from program_capability_domain;
insert into program_objective_category_aud (rev, revtype, program_id, category)
select 20000000 + program_id, 0, program_id, category from program_objective_category;
insert into program_funding_line_aud (id, rev, revtype, program_id, fiscal_year, funding_account, requested, allocated,
                                      obligated, disbursed)
select id, 20000000 + program_id, 0, program_id, fiscal_year, funding_account, requested, allocated, obligated, disbursed
  from program_funding_line;

--@step indicators (0 to 4 per program) with half-year periods (3 to 6 each): about 450,000 indicator values
create temp table g_indicator as
select row_number() over (order by g.id, k) as id, g.id as program_id, k, g.unit_id, g.start_fy, g.end_fy,
       (select po.outcome_id from plan_outcome_program po where po.program_id = g.id limit 1) as outcome_id,
       case when g.id = pg_temp.n(500) + 1 then 4 else pg_temp.ri(g.id, 90, 5) end as n,
       (array['UNIT','UNIT','UNIT','UNIT','UNIT','PERCENTAGE','PERCENTAGE','PERCENTAGE','QUALITATIVE','ORDINAL'])
           [1 + pg_temp.ri(g.id * 10 + k, 91, 10)] as measure,
       (array['INPUT','OUTPUT','OUTPUT','OUTCOME','IMPACT'])[1 + pg_temp.ri(g.id * 10 + k, 92, 5)] as level_wanted
  from g_prog g cross join generate_series(1, 4) k;
delete from g_indicator where k > n;
alter table g_indicator add column level text;
update g_indicator set level = case when level_wanted in ('OUTCOME', 'IMPACT') and outcome_id is null then 'OUTPUT'
                                    else level_wanted end;
insert into evaluation_indicator (id, program_id, plan_outcome_id, partner_unit_id, name, definition, level, measure, direction,
                                  unit_of_measure, ordinal_levels, baseline_value, baseline_text, baseline_date, data_source,
                                  created_at, created_by, updated_at, updated_by)
select i.id, i.program_id, case when i.level in ('OUTCOME', 'IMPACT') then i.outcome_id end,
       case when pg_temp.r(i.id, 93) < 0.5 then i.unit_id end,
       case i.measure when 'UNIT' then 'Personnel trained and certified (' || i.k || ')'
                      when 'PERCENTAGE' then 'Share of patrols completed as planned (' || i.k || ')'
                      when 'QUALITATIVE' then 'Partner ownership of the capability (' || i.k || ')'
                      else 'Readiness level of the unit (' || i.k || ')' end,
       'Counted by the implementing team and checked against partner records.', i.level, i.measure,
       case when pg_temp.r(i.id, 94) < 0.85 then 'HIGHER_IS_BETTER' else 'LOWER_IS_BETTER' end,
       case i.measure when 'UNIT' then 'people' when 'PERCENTAGE' then '%' end,
       case when i.measure = 'ORDINAL' then E'Not ready\nPartly ready\nReady\nFully ready' end,
       case i.measure when 'UNIT' then (10 * pg_temp.ri(i.id, 95, 30))::numeric
                      when 'PERCENTAGE' then (20 + pg_temp.ri(i.id, 95, 40))::numeric end,
       case i.measure when 'QUALITATIVE' then 'The partner depends on US trainers.' when 'ORDINAL' then 'Not ready' end,
       make_date(i.start_fy - 1, 9, 1), 'Implementer reports', timestamptz '2025-01-05 09:00Z' + i.id * interval '1 minute',
       'evaluator', timestamptz '2025-01-05 09:00Z' + i.id * interval '1 minute', 'evaluator'
  from g_indicator i;
insert into evaluation_indicator_period (id, indicator_id, start_date, end_date, target_value, target_text, actual_value,
                                         actual_text, comment)
select row_number() over (order by i.id, p), i.id,
       (make_date(i.start_fy - 1, 10, 1) + (p - 1) * interval '6 months')::date,
       (make_date(i.start_fy - 1, 10, 1) + p * interval '6 months' - interval '1 day')::date,
       case i.measure when 'UNIT' then (10 * pg_temp.ri(i.id, 95, 30) + 25 * p)::numeric
                      when 'PERCENTAGE' then least(100, 20 + pg_temp.ri(i.id, 95, 40) + 8 * p)::numeric end,
       case i.measure when 'QUALITATIVE' then 'The partner runs the courses with US mentors.'
                      when 'ORDINAL' then (array['Partly ready','Ready','Fully ready'])[least(3, 1 + (p - 1) / 2)] end,
       case when (make_date(i.start_fy - 1, 10, 1) + p * interval '6 months')::date <= date '2026-12-01' then
            case i.measure when 'UNIT' then (10 * pg_temp.ri(i.id, 95, 30) + 25 * p * (0.5 + pg_temp.r(i.id * 10 + p, 96)))::numeric(19, 0)
                           when 'PERCENTAGE' then least(100, 20 + pg_temp.ri(i.id, 95, 40) + 8 * p * pg_temp.r(i.id * 10 + p, 96))::numeric(19, 0) end end,
       case when (make_date(i.start_fy - 1, 10, 1) + p * interval '6 months')::date <= date '2026-12-01' then
            case i.measure when 'QUALITATIVE' then 'US mentors still lead most sessions.'
                           when 'ORDINAL' then (array['Not ready','Partly ready','Ready'])[least(3, 1 + (p - 1) / 2)] end end,
       null
  from g_indicator i cross join generate_series(1, 3 + pg_temp.ri(i.id, 97, 4)) p;
insert into evaluation_indicator_aud (id, rev, revtype, program_id, plan_outcome_id, partner_unit_id, name, definition, level,
                                      measure, direction, unit_of_measure, ordinal_levels, baseline_value, baseline_text,
                                      baseline_date, data_source)
select id, 20000000 + program_id, 0, program_id, plan_outcome_id, partner_unit_id, name, definition, level, measure, direction,
       unit_of_measure, ordinal_levels, baseline_value, baseline_text, baseline_date, data_source
  from evaluation_indicator;
insert into evaluation_indicator_period_aud (id, rev, revtype, indicator_id, start_date, end_date, target_value, target_text,
                                             actual_value, actual_text, comment)
select p.id, 20000000 + i.program_id, 0, p.indicator_id, p.start_date, p.end_date, p.target_value, p.target_text,
       p.actual_value, p.actual_text, p.comment
  from evaluation_indicator_period p join evaluation_indicator i on i.id = p.indicator_id;

--@step evaluations (0 to 2 per program, every 25th with a small evidence file)
create temp table g_evaluator as
select row_number() over (order by id) as ord, username, full_name from g_user
 where role = 'EVALUATOR' and username !~ '^evaluator\.[0-9]+$';
insert into evaluation (id, program_id, type, evaluator_username, evaluator_name, evaluation_date, method, quality_rating,
                        effect_rating, findings, recommendations, created_at, created_by, updated_at, updated_by)
select row_number() over (order by g.id, k), g.id,
       (array['INITIAL_ASSESSMENT','MONITORING','MID_TERM_EVALUATION','FINAL_EVALUATION'])[least(4, k + pg_temp.ri(g.id, 100, 3))],
       e.username, e.full_name, least(make_date(g.start_fy - 1, 12, 1) + k * 200, date '2026-11-15'),
       'Document review, site visits and interviews with partner commanders.', 1 + pg_temp.ri(g.id * 3 + k, 101, 5),
       1 + pg_temp.ri(g.id * 3 + k, 102, 5), 'Training delivered as planned; sustainment depends on the partner budget.',
       'Tie the next tranche to the partner''s sustainment plan.',
       timestamptz '2025-03-01 09:00Z' + g.id * interval '1 minute', e.username,
       timestamptz '2025-03-01 09:00Z' + g.id * interval '1 minute', e.username
  from g_prog g cross join generate_series(1, 2) k
  join g_evaluator e on e.ord = 1 + (case when g.id = pg_temp.n(500) + 1 then 0 else pg_temp.ri(g.id, 103, (select count(*)::int from g_evaluator)) end)
 where k <= case when g.id = pg_temp.n(500) + 1 then 2 else pg_temp.ri(g.id, 104, 3) end;
insert into evaluation_aud (id, rev, revtype, program_id, type, evaluator_username, evaluator_name, evaluation_date, method,
                            quality_rating, effect_rating, findings, recommendations)
select id, 20000000 + program_id, 0, program_id, type, evaluator_username, evaluator_name, evaluation_date, method,
       quality_rating, effect_rating, findings, recommendations
  from evaluation;
insert into evaluation_evidence (evaluation_id, file_name, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
select e.id, 'site-visit-' || e.id || '.csv', 'text/csv', octet_length(c.content), encode(sha256(c.content), 'hex'), c.content,
       e.created_at, e.evaluator_username
  from evaluation e
  cross join lateral (select convert_to('site,visited_on,finding' || E'\n' || 'Base ' || e.program_id || ',' || e.evaluation_date
                                        || ',trained staff present' || E'\n', 'UTF8') as content) c
 where e.id % 25 = 1;

--@step concurrence: an official per agency, a review with requests and answers for every plan in or past review
-- the first planner of each agency answers for it (and the named planner for INL, so that its inbox fills)
update app_user u set concurrence_agency_id = u.agency_id
 where u.username = 'planner' or u.username ~ '\.planner1$';
update app_user_aud a set concurrence_agency_id = u.concurrence_agency_id from app_user u
 where a.id = u.id and u.concurrence_agency_id is not null;
create temp table g_official as
select agency_id, min(id) filter (where username <> 'planner') as user_id,
       min(username) filter (where username <> 'planner') as username
  from app_user where concurrence_agency_id is not null group by agency_id;
-- plans in review: round 1 open (a third of them: round 1 returned to draft, round 2 open); approved and archived
-- plans: round 1 closed, approved (over an objection in 5%, with the administrator's justification)
create temp table g_review as
select row_number() over (order by p.id, k) as id, p.id as plan_id, k as round, p.conductor, p.status,
       k = n as is_last, n, p.created_at + interval '20 days' + (k - 1) * interval '40 days' as opened_at
  from (select g.*, case when g.status = 'INTERAGENCY_REVIEW' and pg_temp.r(g.id, 200) < 0.33 then 2 else 1 end as n
          from g_plan g where g.status in ('INTERAGENCY_REVIEW', 'APPROVED', 'ARCHIVED')) p
 cross join generate_series(1, 2) k where k <= p.n;
create temp table g_request as
select row_number() over (order by r.id, a.agency_id) as id, r.id as review_id, r.plan_id, r.round, r.status,
       r.is_last, r.opened_at, a.agency_id, o.user_id as official_id, o.username as official,
       pg_temp.r(r.id * 100 + a.agency_id, 201) as x
  from g_review r join g_participant a on a.plan_id = r.plan_id join g_official o on o.agency_id = a.agency_id;
alter table g_request add column answer text;
-- open rounds: 60% answered (concur 60%, with comments 25%, non-concur 15%); closed rounds: all answered
update g_request set answer = case
    when status = 'INTERAGENCY_REVIEW' and is_last and x >= 0.6 then null
    when status = 'INTERAGENCY_REVIEW' and not is_last then case when x < 0.5 then 'CONCUR' else 'NON_CONCUR' end
    when pg_temp.r(id, 202) < 0.60 then 'CONCUR'
    when pg_temp.r(id, 202) < 0.85 or (status <> 'INTERAGENCY_REVIEW' and pg_temp.r(plan_id, 203) >= 0.05) then 'CONCUR_WITH_COMMENTS'
    else 'NON_CONCUR' end;
insert into concurrence_review (id, plan_id, round, due_date, opened_by, opened_at, closed_by, closed_at, outcome,
                                justification)
select r.id, r.plan_id, r.round, (r.opened_at + interval '30 days')::date, r.conductor, r.opened_at,
       case when not (r.status = 'INTERAGENCY_REVIEW' and r.is_last) then case when r.is_last then 'admin' else r.conductor end end,
       case when not (r.status = 'INTERAGENCY_REVIEW' and r.is_last) then r.opened_at + interval '35 days' end,
       case when r.status = 'INTERAGENCY_REVIEW' and r.is_last then null when r.is_last then 'APPROVED' else 'RETURNED_TO_DRAFT' end,
       case when r.is_last and r.status <> 'INTERAGENCY_REVIEW'
                 and exists (select 1 from g_request q where q.review_id = r.id and q.answer = 'NON_CONCUR')
            then 'The objection is answered by the revised sustainment plan; the ambassador asked for approval.' end
  from g_review r;
-- open rounds of plans in review are due from two weeks ago to six weeks ahead (some overdue)
update concurrence_review set due_date = date '2026-11-17' + pg_temp.ri(id, 204, 56) where closed_at is null;
insert into concurrence_request (id, review_id, agency_id, requested_at, answer, comments, answered_by_user_id,
                                 answered_by, answered_at, created_at, created_by, updated_at, updated_by)
select q.id, q.review_id, q.agency_id, q.opened_at, q.answer,
       case q.answer when 'CONCUR_WITH_COMMENTS' then 'Concur; the sustainment figures for the second year need a source.'
                     when 'NON_CONCUR' then 'Does not concur: the plan duplicates our program with the same unit and lacks a vetting step.' end,
       case when q.answer is not null then q.official_id end, case when q.answer is not null then q.official end,
       case when q.answer is not null then q.opened_at + (1 + pg_temp.ri(q.id, 205, 25)) * interval '1 day' end,
       q.opened_at, r.conductor, coalesce(q.opened_at + (1 + pg_temp.ri(q.id, 205, 25)) * interval '1 day', q.opened_at),
       coalesce(case when q.answer is not null then q.official end, r.conductor)
  from g_request q join g_review r on r.id = q.review_id;
insert into concurrence_log (plan_id, review_id, agency_id, kind, answer, detail, actor, logged_at)
select x.plan_id, x.review_id, x.agency_id, x.kind, x.answer, x.detail, x.actor, x.logged_at from (
    select r.plan_id, q.review_id, q.agency_id, 'REQUESTED' as kind, null as answer, null as detail, r.conductor as actor,
           q.requested_at as logged_at, q.id as ord
      from concurrence_request q join g_review r on r.id = q.review_id
    union all
    select r.plan_id, q.review_id, q.agency_id, 'ANSWERED', q.answer, q.comments, q.answered_by, q.answered_at, q.id
      from concurrence_request q join concurrence_review r on r.id = q.review_id where q.answer is not null
    union all
    select r.plan_id, r.id, null,
           case when r.outcome = 'RETURNED_TO_DRAFT' then 'RETURNED_TO_DRAFT' when r.justification is not null
                then 'APPROVED_OVER_OBJECTIONS' else 'APPROVED' end, null, r.justification, r.closed_by, r.closed_at, 0
      from concurrence_review r where r.closed_at is not null) x
 order by x.logged_at, x.review_id, x.ord;
-- the inbox: a notice to the agency's officials per request of an open round, to the conductor per answer
insert into notification (recipient_user_id, kind, plan_id, review_id, agency_id, subject, detail, actor, created_at, read_at)
select u.id, 'CONCURRENCE_REQUESTED', r.plan_id, r.id, q.agency_id, p.title,
       a.name || ' is asked to concur with the plan by ' || to_char(r.due_date, 'YYYY-MM-DD') || '.', null,
       q.requested_at, case when q.answer is not null then q.answered_at end
  from concurrence_request q join concurrence_review r on r.id = q.review_id join country_plan p on p.id = r.plan_id
  join agency a on a.id = q.agency_id join app_user u on u.concurrence_agency_id = q.agency_id
 where r.closed_at is null
union all
select p.conductor_user_id, 'CONCURRENCE_ANSWERED', r.plan_id, r.id, q.agency_id, p.title,
       a.name || ' answered: ' || case q.answer when 'CONCUR' then 'Concurs' when 'CONCUR_WITH_COMMENTS'
                                      then 'Concurs with comments' else 'Does not concur' end || '.',
       q.answered_by, q.answered_at, case when r.closed_at is not null or pg_temp.r(q.id, 206) < 0.5 then q.answered_at + interval '1 day' end
  from concurrence_request q join concurrence_review r on r.id = q.review_id join country_plan p on p.id = r.plan_id
  join agency a on a.id = q.agency_id
 where q.answer is not null
 order by 9, 3, 4;

--@step workforce: positions per agency and post, the people who hold them, certifications and training records
-- positions: at headquarters (15 per agency, scaled) and, in every partner country, per agency leading programs
-- there, 1 + one per 30 of its programs (at most 6; security cooperation office, embassy section, field office,
-- combatant command)
create temp table g_post as
select a.id as agency_id, null::bigint as country_id, 'HEADQUARTERS' as post_kind, a.code || ' headquarters' as post_name,
       k, a.code
  from agency a cross join generate_series(1, pg_temp.n(150)) k where k <= greatest(2, pg_temp.n(15))
union all
select x.agency_id, x.country_id,
       (array['SECURITY_COOPERATION_OFFICE','SECURITY_COOPERATION_OFFICE','EMBASSY_SECTION','FIELD_OFFICE','COMBATANT_COMMAND'])
           [1 + pg_temp.ri(x.country_id * 100 + x.agency_id + k, 210, 5)],
       c.name || ' ' || a.code || ' office', k, a.code
  from (select country_id, lead_agency_id as agency_id, count(*) as n from g_prog group by 1, 2) x
  join country c on c.id = x.country_id join agency a on a.id = x.agency_id
 cross join generate_series(1, 6) k where k <= 1 + least(5, x.n / 30);
create temp table g_position as
select row_number() over (order by p.agency_id, p.country_id nulls first, p.k) as id, p.* from g_post p;
alter table g_position add column category text, add column area_id bigint, add column level_id bigint,
    add column person_id bigint, add column filled_from date, add column title text;
update g_position g set
       category = (array['CIVIL_SERVICE','CIVIL_SERVICE','FOREIGN_SERVICE','MILITARY','MILITARY','CONTRACTOR','LOCALLY_EMPLOYED'])
                  [1 + pg_temp.ri(g.id, 211, 7)],
       area_id = case when pg_temp.r(g.id, 212) < 0.6 then
                     (select f.id from workforce_functional_area f order by f.id offset pg_temp.ri(g.id, 213, 4) limit 1) end,
       -- 90% filled, each by its own person (person id = position id)
       person_id = case when pg_temp.r(g.id, 214) < 0.9 then g.id end,
       filled_from = date '2022-08-01' + pg_temp.ri(g.id, 215, 1500),
       title = (array['Security cooperation officer','Program manager','Program analyst','Assessment and evaluation specialist',
                      'Training coordinator','Logistics and end-use monitoring officer','Financial management specialist',
                      'Desk officer'])[1 + pg_temp.ri(g.id, 216, 8)];
update g_position g set level_id = (select l.id from workforce_certification_level l where not l.retired
                                     order by l.level_rank offset pg_temp.ri(g.id, 217, 3) limit 1)
 where g.area_id is not null;
-- people: the holders of the positions, and 10% more without a position (between assignments, contractors)
create temp table g_person as
select p.id, p.agency_id, p.category from g_position p where p.person_id is not null
union all
select (select max(id) from g_position) + k, (select id from agency order by id offset pg_temp.ri(k, 218, (select count(*)::int from agency)) limit 1),
       'CONTRACTOR'
  from generate_series(1, greatest(1, (select count(*)::int from g_position) / 10)) k;
insert into workforce_person (id, name, agency_id, category, date_of_birth, employee_number, contact, interagency_experience,
                              created_at, created_by, updated_at, updated_by)
select id,
       (array['Alex','Jordan','Maria','Samuel','Priya','Daniel','Aisha','Robert','Elena','Kwame','Laura','Miguel','Sarah',
              'Tomas','Grace','Hiroshi','Fatima','James','Olga','Carlos'])[1 + (id % 20)::int] || ' '
       || case when id >= 1000 then chr((65 + (id / 1000) % 26)::int) || '. ' else '' end
       || (array['Alvarez','Brooks','Chen','Diaz','Evans','Fischer','Garcia','Hassan','Ivanova','Johnson','Kim','Lopez',
                 'Mensah','Nguyen','Okafor','Patel','Quinn','Reyes','Smith','Turner','Usman','Vargas','Walker','Xu',
                 'Young','Zhang','Moreau','Novak','Silva','Tanaka','Haddad','Kowalski','Rossi','Andersen','Bauer',
                 'Costa','Duarte','Eriksen','Ferreira','Gomez','Hughes','Ibrahim','Jensen','Khan','Larsen','Murphy',
                 'Nakamura','Ortiz','Price','Ramos'])[1 + ((id / 20) % 50)::int],
       agency_id, category,
       case when pg_temp.r(id, 219) < 0.7 then date '1965-01-01' + pg_temp.ri(id, 220, 12000) end,
       'BN' || lpad(id::text, 6, '0'), 'person' || id || '@bench.example.org',
       case when pg_temp.r(id, 221) < 0.3 then 'Two years on a detail to another agency''s security cooperation office.' end,
       timestamptz '2025-02-01 09:00Z', 'admin', timestamptz '2025-02-01 09:00Z', 'admin'
  from g_person;
insert into workforce_position (id, title, agency_id, post_kind, post_name, country_id, category, area_id, required_level_id,
                                authorized, person_id, filled_from, created_at, created_by, updated_at, updated_by)
select id, title, agency_id, post_kind, post_name, country_id, category, area_id, level_id, pg_temp.r(id, 222) < 0.95,
       person_id, case when person_id is not null then filled_from end,
       timestamptz '2025-02-01 09:00Z', 'admin', timestamptz '2025-02-01 09:00Z', 'admin'
  from g_position;
-- certifications: 60% of people, 1 or 2 (a current level mostly, a retired one in 10%); expiring after 3 years in half
insert into workforce_certification (person_id, area_id, level_id, certified_on, expires_on, created_at, created_by,
                                     updated_at, updated_by)
select p.id, a.id, l.id, c.on_date, case when pg_temp.r(p.id * 3 + k, 225) < 0.5 then c.on_date + 1095 end,
       timestamptz '2025-02-01 09:00Z', 'admin', timestamptz '2025-02-01 09:00Z', 'admin'
  from g_person p cross join generate_series(1, 2) k
 cross join lateral (select date '2018-01-01' + pg_temp.ri(p.id * 3 + k, 224, 3200) as on_date) c
  join lateral (select f.id from workforce_functional_area f order by f.id offset (pg_temp.ri(p.id, 226, 4) + k - 1) % 4 limit 1) a on true
  join lateral (select l.id from workforce_certification_level l
                 where l.retired = (pg_temp.r(p.id * 3 + k, 227) < 0.1)
                 order by l.level_rank, l.id offset pg_temp.ri(p.id * 3 + k, 228, 3) limit 1) l on true
 where pg_temp.r(p.id, 223) < 0.6 and (k = 1 or pg_temp.r(p.id, 229) < 0.35)
 order by p.id, k;
-- training records: 0 to 3 per person
insert into workforce_training (person_id, course, completed_on, expires_on, created_at, created_by, updated_at, updated_by)
select p.id, (array['Security Cooperation Management Overview','Leahy vetting for program staff','End-use monitoring',
                    'Assessment, monitoring and evaluation basics','Contracting officer representative'])[1 + (pg_temp.ri(p.id, 231, 5) + k) % 5],
       date '2019-01-01' + pg_temp.ri(p.id * 4 + k, 232, 2800),
       case when pg_temp.r(p.id * 4 + k, 233) < 0.4 then date '2019-01-01' + pg_temp.ri(p.id * 4 + k, 232, 2800) + 730 end,
       timestamptz '2025-02-01 09:00Z', 'admin', timestamptz '2025-02-01 09:00Z', 'admin'
  from g_person p cross join generate_series(1, 3) k where k <= pg_temp.ri(p.id, 230, 4)
 order by p.id, k;

--@step workforce: assignments per program and fiscal year (FY2025 to FY2029) and the programs' workload needs
-- who can carry a program's work: positions of its lead agency in its country, else at the agency's headquarters
create temp table g_pos_pool as
select agency_id, country_id, array_agg(id order by id) as positions from g_position group by agency_id, country_id;
-- a program-year has a manager (a position in 60%, its holder by name in 40%), an implementer in 60%, oversight in 15%;
-- FTE 0.05 to 0.30 (manager), 0.05 to 0.50 (others)
create temp table g_assignment as
select row_number() over (order by g.id, fy, k) as id, g.id as program_id, fy, k,
       (array['MANAGER','IMPLEMENTER','OVERSIGHT'])[k] as role,
       pg_temp.pick(coalesce(c.positions, h.positions), g.id * 10 + k, 241) as position_id,
       pg_temp.r(g.id * 100 + fy * 3 + k, 242) < 0.6 as by_position,
       round((0.05 + pg_temp.r(g.id * 100 + fy * 3 + k, 243) * case when k = 1 then 0.25 else 0.45 end)::numeric, 2) as fte
  from g_prog g
  left join g_pos_pool c on c.agency_id = g.lead_agency_id and c.country_id = g.country_id
  left join g_pos_pool h on h.agency_id = g.lead_agency_id and h.country_id is null
 cross join generate_series(greatest(g.start_fy, 2025), least(g.end_fy, 2029)) fy
 cross join generate_series(1, 3) k
 where g.status in ('ACTIVE', 'PROPOSED', 'SUSPENDED')
   and (k = 1 or (k = 2 and pg_temp.r(g.id * 10 + k, 244) < 0.6) or (k = 3 and pg_temp.r(g.id * 10 + k, 244) < 0.15));
insert into workforce_assignment (id, person_id, position_id, program_id, fiscal_year, role, fte, created_at, created_by,
                                  updated_at, updated_by)
select a.id, case when not a.by_position then po.person_id end,
       case when a.by_position or po.person_id is null then a.position_id end, a.program_id, a.fy, a.role, a.fte,
       timestamptz '2025-03-01 09:00Z', 'planner', timestamptz '2025-03-01 09:00Z', 'planner'
  from g_assignment a join workforce_position po on po.id = a.position_id;
-- workload needs: 70% of active, proposed and suspended programs, by the size of their allocation as the seeded
-- workload rules suggest (under $1M, $1M to $10M, $10M or more)
insert into workforce_program_workload (program_id, manager_fte, implementer_fte, oversight_fte, evaluator_fte,
                                        manager_level_id, created_at, created_by, updated_at, updated_by)
select g.id, w.manager_fte, w.implementer_fte, w.oversight_fte, w.evaluator_fte, w.manager_level_id,
       timestamptz '2025-03-01 09:00Z', g.conductor, timestamptz '2025-03-01 09:00Z', g.conductor
  from g_prog g
  cross join lateral (select coalesce(sum(l.allocated), 0) as total from program_funding_line l where l.program_id = g.id) t
  join workforce_workload_rule w on w.assistance_type_code is null and w.program_status is null
       and (w.min_allocated is null or t.total >= w.min_allocated) and (w.max_allocated is null or t.total < w.max_allocated)
 where g.status in ('ACTIVE', 'PROPOSED', 'SUSPENDED') and pg_temp.r(g.id, 245) < 0.7
 order by g.id;
-- their history (Envers): one revision for the workforce data set
insert into audit_revision (id, changed_at, changed_by) values (40000000, timestamptz '2025-03-01 09:00Z', 'admin');
insert into workforce_person_aud (id, rev, revtype, name, agency_id, category, date_of_birth, employee_number, contact,
                                  user_id, interagency_experience)
select id, 40000000, 0, name, agency_id, category, date_of_birth, employee_number, contact, user_id, interagency_experience
  from workforce_person;
insert into workforce_position_aud (id, rev, revtype, title, agency_id, post_kind, post_name, country_id, category, area_id,
                                    required_level_id, authorized, person_id, filled_from, filled_to)
select id, 40000000, 0, title, agency_id, post_kind, post_name, country_id, category, area_id, required_level_id, authorized,
       person_id, filled_from, filled_to
  from workforce_position;
insert into workforce_certification_aud (id, rev, revtype, person_id, area_id, level_id, certified_on, expires_on)
select id, 40000000, 0, person_id, area_id, level_id, certified_on, expires_on from workforce_certification;
insert into workforce_training_aud (id, rev, revtype, person_id, course, completed_on, expires_on)
select id, 40000000, 0, person_id, course, completed_on, expires_on from workforce_training;
insert into workforce_assignment_aud (id, rev, revtype, person_id, position_id, program_id, fiscal_year, role, fte)
select id, 40000000, 0, person_id, position_id, program_id, fiscal_year, role, fte from workforce_assignment;
insert into workforce_program_workload_aud (id, rev, revtype, program_id, manager_fte, implementer_fte, oversight_fte,
                                            evaluator_fte, manager_level_id)
select id, 40000000, 0, program_id, manager_fte, implementer_fte, oversight_fte, evaluator_fte, manager_level_id
  from workforce_program_workload;

--@step portfolio inputs: objective priorities, country tiers, a few priority overrides (the assessments follow from the app)
-- 85% of objectives have a priority (1 to 5, governance objectives a little higher) with what is lost if they fail
insert into portfolio_objective_priority (objective_id, plan_id, priority, stakes, created_at, created_by, updated_at,
                                          updated_by)
select o.id, o.plan_id,
       least(5, greatest(1, 1 + pg_temp.ri(o.id, 250, 5) - case when o.category = 'GOVERNANCE' and pg_temp.r(o.id, 251) < 0.4 then 1 else 0 end)),
       (array['Criminal groups take over the ports and the police''s gains are undone.',
              'Shipments move unchallenged through the partner''s waters.',
              'Other suppliers take the place of the United States in the partner''s forces.',
              'The partner''s courts cannot convict, so arrests do not deter.'])[1 + pg_temp.ri(o.id, 252, 4)],
       timestamptz '2025-04-01 09:00Z', p.conductor, timestamptz '2025-04-01 09:00Z', p.conductor
  from g_objective o join g_plan p on p.id = o.plan_id
 where pg_temp.r(o.id, 253) < 0.85;
-- a tier for every partner country with a plan (1: 10%, 2: 30%, 3: 60%); a fifth changed once since
insert into portfolio_country_tier (country_id, tier, reason, set_by, set_at)
select c.id, t.tier, t.reason, 'admin', timestamptz '2025-04-01 09:00Z' + c.ord * interval '1 minute'
  from g_country c
 cross join lateral (select case when pg_temp.r(c.id, 254) < 0.1 then 1 when pg_temp.r(c.id, 254) < 0.4 then 2 else 3 end as tier,
                            'Set by the bench data set from the national security strategy''s regional priorities.' as reason) t
 where exists (select 1 from g_plan p where p.country_id = c.id)
union all
select c.id, 1 + pg_temp.ri(c.id, 255, 3), 'Reviewed after the change of government.', 'admin',
       timestamptz '2026-06-01 09:00Z' + c.ord * interval '1 minute'
  from g_country c where exists (select 1 from g_plan p where p.country_id = c.id) and pg_temp.r(c.id, 256) < 0.2
 order by 5;
-- 1% of programs: a planner's override of the derived priority, with the reason
insert into portfolio_priority_override (program_id, priority, reason, created_at, created_by, updated_at, updated_by)
select g.id, 1 + pg_temp.ri(g.id, 257, 5), 'The ambassador''s priority for the partner''s navy outweighs the objective''s.',
       timestamptz '2025-05-01 09:00Z', g.conductor, timestamptz '2025-05-01 09:00Z', g.conductor
  from g_prog g where pg_temp.r(g.id, 258) < 0.01;

--@step sequences past the generated ids
do $$
declare t text;
begin
    foreach t in array array['audit_revision', 'app_user', 'partner_unit', 'hr_incident', 'hr_incident_status_change',
                             'country_plan', 'plan_objective', 'plan_outcome', 'program', 'program_funding_line', 'waiver',
                             'congressional_notification', 'compliance_finding', 'evaluation_indicator',
                             'evaluation_indicator_period', 'evaluation', 'evaluation_evidence', 'concurrence_review',
                             'concurrence_request', 'concurrence_log', 'notification', 'workforce_person',
                             'workforce_position', 'workforce_certification', 'workforce_training',
                             'workforce_assignment', 'workforce_program_workload', 'portfolio_country_tier'] loop
        execute format('select setval(pg_get_serial_sequence(%L, ''id''), coalesce((select max(id) from %I), 0) + 1, false)', t, t);
    end loop;
end $$;
