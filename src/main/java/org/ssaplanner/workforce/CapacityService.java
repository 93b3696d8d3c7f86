package org.ssaplanner.workforce;

import static org.ssaplanner.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;

/**
 * Capacity against load (issue 16, item 5), aggregated in SQL: a plan's view is a fixed number of statements
 * whatever its number of programs and assignments, and so is the portfolio view. Reads the programs' table of the
 * programs module (read-only) beside this module's own tables. US federal fiscal years: FY N runs from 1 October
 * N-1 to 30 September N.
 */
@Service
@Transactional(readOnly = true)
public class CapacityService {

    private static final String LINES = """
            with progs as (select id, lead_agency_id from program where plan_id = :plan),
            need as (
                select p.lead_agency_id as agency_id, y.fy, r.role, sum(r.fte) as fte
                  from progs p
                  join workforce_program_workload w on w.program_id = p.id
                 cross join generate_series(:start, :end) as y(fy)
                 cross join lateral (values ('MANAGER', w.manager_fte), ('IMPLEMENTER', w.implementer_fte),
                                            ('OVERSIGHT', w.oversight_fte), ('EVALUATOR', w.evaluator_fte)) as r(role, fte)
                 where r.fte > 0
                 group by 1, 2, 3),
            assigned as (
                select p.lead_agency_id as agency_id, a.fiscal_year as fy, a.role, sum(a.fte) as fte
                  from workforce_assignment_load a
                  join progs p on p.id = a.program_id
                 where a.fiscal_year between :start and :end and a.worker_id is not null
                 group by 1, 2, 3)
            select coalesce(n.fy, a.fy) as fy, coalesce(n.agency_id, a.agency_id) as agency_id,
                   coalesce(n.role, a.role) as role, coalesce(n.fte, 0) as needed, coalesce(a.fte, 0) as assigned
              from need n
              full join assigned a on a.agency_id = n.agency_id and a.fy = n.fy and a.role = n.role
            """;

    private static final String PROGRAM_YEARS = """
            select p.id, p.title, y.fy,
                   exists (select 1 from workforce_assignment_load a where a.program_id = p.id and a.fiscal_year = y.fy
                            and a.role = 'MANAGER' and a.worker_id is not null) as has_manager,
                   exists (select 1 from workforce_assignment_load a where a.program_id = p.id and a.fiscal_year = y.fy
                            and a.role = 'EVALUATOR' and a.worker_id is not null) as has_evaluator,
                   rl.level_rank as required_rank, rl.name as required_level,
                   (select max(l.level_rank)
                      from workforce_assignment_load a
                      join workforce_certification c on c.person_id = a.worker_id
                      join workforce_certification_level l on l.id = c.level_id
                     where a.program_id = p.id and a.fiscal_year = y.fy and a.role = 'MANAGER'
                       and l.scheme = rl.scheme
                       and c.certified_on <= make_date(y.fy, 9, 30)
                       and (c.expires_on is null or c.expires_on >= make_date(y.fy - 1, 10, 1))) as manager_rank
              from program p
             cross join generate_series(:start, :end) as y(fy)
              left join workforce_program_workload w on w.program_id = p.id
              left join workforce_certification_level rl on rl.id = w.manager_level_id
             where p.plan_id = :plan
             order by p.title, p.id, y.fy
            """;

    // the plan's people's assignments through the indexes on the assignment's person and position
    // (workforce_worker_assignments), not every assignment's computed worker
    private static final String OVER_ASSIGNED = """
            with people as (
                select array_agg(distinct a2.worker_id) as ids
                  from workforce_assignment_load a2
                  join program p on p.id = a2.program_id
                 where p.plan_id = :plan and a2.worker_id is not null)
            select a.worker_id as person_id, pe.name, a.fiscal_year, sum(a.fte) as fte
              from workforce_worker_assignments((select ids from people), :start, :end) a
              join workforce_person pe on pe.id = a.worker_id
             group by a.worker_id, pe.name, a.fiscal_year
            having sum(a.fte) > 1.0
             order by a.fiscal_year, pe.name
            """;

    private static final String EXPIRING = """
            select distinct pe.id, pe.name, pe.agency_id, fa.name as area, l.name as level, c.expires_on
              from workforce_certification c
              join workforce_person pe on pe.id = c.person_id
              join workforce_functional_area fa on fa.id = c.area_id
              join workforce_certification_level l on l.id = c.level_id
             where c.expires_on between make_date(:start - 1, 10, 1) and make_date(:end, 9, 30)
               and pe.id in (select a.worker_id from workforce_assignment_load a
                               join program p on p.id = a.program_id where p.plan_id = :plan)
             order by c.expires_on, pe.name
            """;

    /** The plan's work assigned to positions that nobody holds in the assignment's fiscal year: a shortfall. */
    private static final String VACANT_LOAD = """
            select a.position_id, po.title, a.program_id, p.title as program_title, a.fiscal_year, a.role, a.fte
              from workforce_assignment_load a
              join workforce_position po on po.id = a.position_id
              join program p on p.id = a.program_id
             where p.plan_id = :plan and a.worker_id is null and a.fiscal_year between :start and :end
             order by a.fiscal_year, po.title, p.title, a.role
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PlanService plans;
    private final AgencyService agencies;
    private final WorkforcePermissions permissions;
    private final ReferenceDataService reference;

    CapacityService(NamedParameterJdbcTemplate jdbc, PlanService plans, AgencyService agencies,
            WorkforcePermissions permissions, ReferenceDataService reference) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.plans = plans;
        this.agencies = agencies;
        this.permissions = permissions;
    }

    /**
     * The capacity of a plan. Expiring certifications are listed only for people whose personal data the user may
     * see; the total counts all of them.
     */
    @PreAuthorize("isAuthenticated()")
    public Capacity capacity(long planId) {
        PlanContext plan = plans.context(planId);
        MapSqlParameterSource params = new MapSqlParameterSource("plan", planId)
                .addValue("start", plan.startFiscalYear()).addValue("end", plan.endFiscalYear());
        Map<Long, AgencySummary> agencyById = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        List<Capacity.Line> lines = jdbc.query(LINES, params, (rs, n) -> {
            long agency = rs.getLong("agency_id");
            AgencySummary summary = agencyById.get(agency);
            return new Capacity.Line(rs.getInt("fy"), agency, summary == null ? "?" : summary.code(),
                    AssignmentRole.valueOf(rs.getString("role")), rs.getBigDecimal("needed"),
                    rs.getBigDecimal("assigned"));
        });
        List<Capacity.ProgramYear> programYears = jdbc.query(PROGRAM_YEARS, params, (rs, n) ->
                new Capacity.ProgramYear(rs.getLong("id"), rs.getString("title"), rs.getInt("fy"),
                        rs.getBoolean("has_manager"), rs.getBoolean("has_evaluator"),
                        (Integer) rs.getObject("required_rank"), rs.getString("required_level"),
                        (Integer) rs.getObject("manager_rank")));
        List<Capacity.OverAssignment> over = jdbc.query(OVER_ASSIGNED, params, (rs, n) ->
                new Capacity.OverAssignment(rs.getLong("person_id"), rs.getString("name"), rs.getInt("fiscal_year"),
                        rs.getBigDecimal("fte")));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        record Expiring(long agencyId, Capacity.ExpiringCertification certification) {
        }
        List<Expiring> expiring = jdbc.query(EXPIRING, params, (rs, n) -> new Expiring(rs.getLong("agency_id"),
                new Capacity.ExpiringCertification(rs.getLong("id"), rs.getString("name"), rs.getString("area"),
                        rs.getString("level"), rs.getObject("expires_on", LocalDate.class))));
        List<Capacity.ExpiringCertification> visible = expiring.stream()
                .filter(e -> permissions.canSeePersonalData(e.agencyId(), authentication))
                .map(Expiring::certification).toList();
        List<Capacity.VacantLoad> vacant = jdbc.query(VACANT_LOAD, params, (rs, n) -> new Capacity.VacantLoad(
                rs.getLong("position_id"), rs.getString("title"), rs.getLong("program_id"),
                rs.getString("program_title"), rs.getInt("fiscal_year"), AssignmentRole.valueOf(rs.getString("role")),
                rs.getBigDecimal("fte")));
        return new Capacity(planId, plan.title(), plan.startFiscalYear(), plan.endFiscalYear(),
                Capacity.years(plan.startFiscalYear(), plan.endFiscalYear(), lines), Capacity.gaps(programYears),
                over, visible, expiring.size(), vacant);
    }

    private static final String POSITION_ALERTS = """
            select po.id, po.title, po.agency_id, po.post_kind, po.post_name, pe.name as holder, po.filled_to,
                   case when po.person_id is null or po.filled_to < make_date(:start - 1, 10, 1) then 'VACANT'
                        else 'TOUR_ENDS' end as kind
              from workforce_position po
              left join workforce_person pe on pe.id = po.person_id
             where po.country_id = :country and po.authorized
               and (po.person_id is null or po.filled_to < make_date(:start - 1, 10, 1)
                    or po.filled_to between make_date(:start - 1, 10, 1) and make_date(:end, 9, 30))
             order by kind desc, po.filled_to nulls first, po.title, po.id
            """;

    private static final String POSTS = """
            with pos as (
                select agency_id, post_kind, coalesce(post_name, '') as post_name, person_id
                  from workforce_position where country_id = :country),
            posts as (
                select agency_id, post_kind, post_name, count(person_id) as filled,
                       count(*) filter (where person_id is null) as vacant
                  from pos group by 1, 2, 3),
            holders as (
                select distinct agency_id, post_kind, post_name, person_id from pos where person_id is not null),
            load as (
                select * from workforce_worker_assignments(
                        (select array_agg(distinct person_id) from holders), :start, :end)),
            work as (
                select h.agency_id, h.post_kind, h.post_name, count(distinct a.program_id) as programs,
                       sum(a.fte) as fte
                  from holders h
                  join load a on a.worker_id = h.person_id
                 group by 1, 2, 3),
            managed as (
                select distinct h.agency_id, h.post_kind, h.post_name, a.program_id
                  from holders h
                  join load a on a.worker_id = h.person_id
                 where a.role = 'MANAGER'),
            funds as (
                select m.agency_id, m.post_kind, m.post_name, sum(f.allocated) as allocated
                  from managed m
                  join program_funding_line f on f.program_id = m.program_id
                 where f.fiscal_year between :start and :end
                 group by 1, 2, 3)
            select p.agency_id, p.post_kind, p.post_name, p.filled, p.vacant, coalesce(w.programs, 0) as programs,
                   coalesce(w.fte, 0) as fte, coalesce(f.allocated, 0) as allocated
              from posts p
              left join work w on w.agency_id = p.agency_id and w.post_kind = p.post_kind and w.post_name = p.post_name
              left join funds f on f.agency_id = p.agency_id and f.post_kind = p.post_kind and f.post_name = p.post_name
             order by p.agency_id, p.post_kind, p.post_name
            """;

    private static final String PEOPLE_YEARS = """
            with holders as (
                select person_id, min(agency_id) as agency_id from workforce_position
                 where country_id = :country and person_id is not null group by person_id)
            select pe.id, pe.name, h.agency_id, y.fy, coalesce(sum(a.fte), 0) as fte
              from holders h
              join workforce_person pe on pe.id = h.person_id
             cross join generate_series(:start, :end) as y(fy)
              left join workforce_worker_assignments((select array_agg(person_id) from holders), :start, :end) a
                on a.worker_id = pe.id and a.fiscal_year = y.fy
             group by pe.id, pe.name, h.agency_id, y.fy
             order by pe.name, pe.id, y.fy
            """;

    /**
     * The workforce at the posts of the plan's country over the plan's years ({@link PostCapacity}), in three
     * statements whatever the number of positions, people and assignments.
     */
    @PreAuthorize("isAuthenticated()")
    public PostCapacity posts(long planId) {
        PlanContext plan = plans.context(planId);
        MapSqlParameterSource params = new MapSqlParameterSource("country", plan.countryId())
                .addValue("start", plan.startFiscalYear()).addValue("end", plan.endFiscalYear());
        Map<Long, AgencySummary> agencyById = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        List<PostCapacity.PositionAlert> alerts = jdbc.query(POSITION_ALERTS, params, (rs, n) ->
                new PostCapacity.PositionAlert(rs.getLong("id"), rs.getString("title"),
                        code(agencyById, rs.getLong("agency_id")), PostType.valueOf(rs.getString("post_kind")),
                        rs.getString("post_name"), PostCapacity.AlertKind.valueOf(rs.getString("kind")),
                        rs.getString("holder"), rs.getObject("filled_to", LocalDate.class)));
        int years = plan.endFiscalYear() - plan.startFiscalYear() + 1;
        List<PostCapacity.Post> posts = jdbc.query(POSTS, params, (rs, n) -> {
            int filled = rs.getInt("filled");
            return new PostCapacity.Post(code(agencyById, rs.getLong("agency_id")),
                    PostType.valueOf(rs.getString("post_kind")), blankToNull(rs.getString("post_name")), filled,
                    rs.getInt("vacant"), rs.getBigDecimal("fte"), BigDecimal.valueOf((long) filled * years),
                    rs.getInt("programs"), rs.getBigDecimal("allocated"));
        });
        List<PostCapacity.PersonYear> people = jdbc.query(PEOPLE_YEARS, params, (rs, n) ->
                new PostCapacity.PersonYear(rs.getLong("id"), rs.getString("name"),
                        code(agencyById, rs.getLong("agency_id")), rs.getInt("fy"), rs.getBigDecimal("fte")));
        return new PostCapacity(years, alerts, posts, people);
    }

    /** Country names from the reference cache (every view of /workforce needs them twice). */
    private Map<Long, String> countryNames() {
        return reference.countries().stream().collect(Collectors.toMap(CountryRef::id, CountryRef::name));
    }

    private static String code(Map<Long, AgencySummary> agencyById, long id) {
        AgencySummary agency = agencyById.get(id);
        return agency == null ? "?" : agency.code();
    }

    /**
     * The shortfalls per lead agency and per country are kept as assignments, workloads, positions, programs and
     * plans change (migration {@code V202612031550}: a change log written by triggers, folded in by {@link #FOLD}
     * before each read): computing them from every program-year-role of the portfolio took 0.44 s a view.
     */
    private static final String PORTFOLIO = """
            select by_country, id, needed, assigned, shortfall
              from workforce_shortfall_total
             where shortfall > 0
             order by shortfall desc, by_country, id
            """;

    /** Folds the workforce changes logged since the last read into the kept figures (one folder at a time). */
    private static final String FOLD = "select workforce_fold_load()";

    /** One agency or country across the portfolio: FTE needed, assigned and short, over every plan year. */
    public record PortfolioRow(boolean country, long id, String label, BigDecimal needed, BigDecimal assigned,
            BigDecimal shortfall) {
    }

    /** The agencies and the countries with the largest shortfalls (issue 16, item 5), in one statement. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(timeoutString = "${ssa.database.report-timeout-seconds:20}")
    public List<PortfolioRow> portfolio() {
        Map<Long, AgencySummary> agencyById = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        Map<Long, String> countries = countryNames();
        jdbc.getJdbcTemplate().queryForObject(FOLD, Integer.class);
        return jdbc.query(PORTFOLIO, Map.of(), (rs, n) -> {
            boolean country = rs.getBoolean("by_country");
            long id = rs.getLong("id");
            String label = country ? countries.getOrDefault(id, "?")
                    : agencyById.containsKey(id) ? agencyById.get(id).label() : "?";
            return new PortfolioRow(country, id, label, rs.getBigDecimal("needed"), rs.getBigDecimal("assigned"),
                    rs.getBigDecimal("shortfall"));
        });
    }

    /**
     * Every post's FTE from the kept load of its holders in the year ({@code workforce_person_year_load}), the page
     * of the most loaded posts, then the programs and funds of that page's holders only, through the indexes on the
     * assignment's person and position (the former statement computed every assignment's worker of the year and
     * every post's programs and funds: 0.13 to 0.2 s a view on the benchmark's data).
     */
    private static final String POSTS_ACROSS_PORTFOLIO = """
            with pos as (
                select agency_id, coalesce(country_id, 0) as country_id, post_kind, coalesce(post_name, '') as post_name,
                       person_id
                  from workforce_position
                 where cast(:agency as bigint) is null or agency_id = :agency),
            posts as (
                select agency_id, country_id, post_kind, post_name, count(person_id) as filled,
                       count(*) filter (where person_id is null) as vacant
                  from pos group by 1, 2, 3, 4),
            holders as (
                select distinct agency_id, country_id, post_kind, post_name, person_id from pos where person_id is not null),
            work as (
                select h.agency_id, h.country_id, h.post_kind, h.post_name, sum(l.fte) as fte,
                       count(*) filter (where l.fte > 1.0) as over_assigned
                  from holders h
                  join workforce_person_year_load l on l.person_id = h.person_id and l.fiscal_year = :fy
                 group by 1, 2, 3, 4),
            page as (
                select p.agency_id, p.country_id, p.post_kind, p.post_name, p.filled, p.vacant,
                       coalesce(w.fte, 0.00) as fte, coalesce(w.over_assigned, 0) as over_assigned,
                       count(*) over () as total
                  from posts p
                  left join work w using (agency_id, country_id, post_kind, post_name)
                 order by coalesce(w.fte, 0) - p.filled desc, p.agency_id, p.country_id, p.post_kind, p.post_name
                 limit :limit offset :offset),
            page_holders as (
                select h.* from holders h join page g using (agency_id, country_id, post_kind, post_name)),
            programs as (
                select distinct h.agency_id, h.country_id, h.post_kind, h.post_name, l.program_id, l.role
                  from page_holders h
                  join workforce_worker_assignments((select array_agg(distinct person_id) from page_holders), :fy, :fy) l
                    on l.worker_id = h.person_id),
            counted as (
                select agency_id, country_id, post_kind, post_name, count(distinct program_id) as programs
                  from programs group by 1, 2, 3, 4),
            funds as (
                select m.agency_id, m.country_id, m.post_kind, m.post_name, sum(f.allocated) as allocated
                  from (select distinct agency_id, country_id, post_kind, post_name, program_id from programs
                         where role = 'MANAGER') m
                  join program_funding_line f on f.program_id = m.program_id and f.fiscal_year = :fy
                 group by 1, 2, 3, 4)
            select g.agency_id, g.country_id, g.post_kind, g.post_name, g.filled, g.vacant,
                   coalesce(c.programs, 0) as programs, g.fte, g.over_assigned, coalesce(f.allocated, 0) as allocated,
                   g.total
              from page g
              left join counted c using (agency_id, country_id, post_kind, post_name)
              left join funds f using (agency_id, country_id, post_kind, post_name)
             order by g.fte - g.filled desc, g.agency_id, g.country_id, g.post_kind, g.post_name
            """;

    /** One agency's post across the portfolio in one fiscal year: the post's figures and its over-assigned people. */
    public record PortfolioPost(String country, PostCapacity.Post post, int overAssigned) {
    }

    /**
     * Every agency and post across the portfolio in one fiscal year (issue 16, item 5): positions filled and vacant,
     * FTE assigned against 1.0 available per filled position, people over 1.0 FTE, programs and funds managed
     * (allocated in that year) per filled position; the most loaded posts first, a page at a time, in one statement.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(timeoutString = "${ssa.database.report-timeout-seconds:20}")
    public Page<PortfolioPost> postsAcrossPortfolio(int fiscalYear, Long agencyId, Pageable pageable) {
        Map<Long, AgencySummary> agencyById = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        Map<Long, String> countries = countryNames();
        jdbc.getJdbcTemplate().queryForObject(FOLD, Integer.class);
        MapSqlParameterSource params = new MapSqlParameterSource("fy", fiscalYear).addValue("agency", agencyId)
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        long[] total = {0};
        List<PortfolioPost> rows = jdbc.query(POSTS_ACROSS_PORTFOLIO, params, (rs, n) -> {
            total[0] = rs.getLong("total");
            int filled = rs.getInt("filled");
            long country = rs.getLong("country_id");
            PostCapacity.Post post = new PostCapacity.Post(code(agencyById, rs.getLong("agency_id")),
                    PostType.valueOf(rs.getString("post_kind")), blankToNull(rs.getString("post_name")), filled,
                    rs.getInt("vacant"), rs.getBigDecimal("fte"), BigDecimal.valueOf(filled), rs.getInt("programs"),
                    rs.getBigDecimal("allocated"));
            return new PortfolioPost(country == 0 ? null : countries.getOrDefault(country, "?"), post,
                    rs.getInt("over_assigned"));
        });
        if (rows.isEmpty() && pageable.getOffset() > 0) {
            // past the last page: the total still tells the pager where the rows are
            total[0] = jdbc.queryForObject("select count(*) from (select distinct agency_id, country_id, post_kind,"
                    + " post_name from workforce_position where cast(:agency as bigint) is null or agency_id = :agency) t", params, Long.class);
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }
}
