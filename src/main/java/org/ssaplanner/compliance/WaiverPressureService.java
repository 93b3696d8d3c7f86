package org.ssaplanner.compliance;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.shared.csv.SpreadsheetCsv;
import org.ssaplanner.shared.database.ReportQuery;
import org.ssaplanner.shared.database.SharedReportReads;

/**
 * Which restrictions are waived so often that they are candidates for legislative change. Aggregated in
 * SQL over the stored findings and program-years (this module) and the approved waivers (read-only;
 * the authorities module owns the waiver table). US federal fiscal years: FY N runs from 1 October N-1
 * to 30 September N.
 */
@Service
@ReportQuery
public class WaiverPressureService {

    /**
     * Programs affected per restriction and year, and each year's programs, are counts kept as findings and
     * program-years change (migration {@code V202612021000}): the folded cells plus the changes not folded yet.
     * The waived programs come from one join of the approved waivers with their findings and the program-years
     * they cover (distinct: several waivers may cover one program-year): a few thousand rows, read on every view
     * because a waiver's dates and status belong to the authorities module. The filters ({@code %1$s} on fiscal
     * years, {@code %2$s} on the restriction; {@code %3$s}/{@code %4$s} the same on the grants, {@code %5$s}/{@code
     * %6$s} on the waived) are applied inside each aggregate, only when given, so PostgreSQL plans each combination
     * for what it filters.
     */
    private static final String SQL = """
            with affected as (
                select c.restriction_id, c.fiscal_year, sum(c.programs) as programs, sum(c.dollars) as dollars
                  from (select restriction_id, fiscal_year, programs, dollars from compliance_waiver_pressure_cell
                        union all
                        select restriction_id, fiscal_year, programs, dollars from compliance_waiver_pressure_change
                         where restriction_id is not null) c
                 where true %1$s %2$s
                 group by c.restriction_id, c.fiscal_year
                having sum(c.programs) <> 0
            ), waived as (
                select f.restriction_id, y.fiscal_year, count(distinct y.program_id) as waived
                  from waiver w
                  join compliance_finding f on f.program_id = w.program_id and f.restriction_id = w.restriction_id
                  join compliance_program_year y on y.program_id = w.program_id
                   and w.effective_date <= make_date(y.fiscal_year, 9, 30)
                   and (w.expiry_date is null or w.expiry_date >= make_date(y.fiscal_year - 1, 10, 1))
                 where w.status = 'APPROVED' and w.kind = 'WAIVER' %5$s %6$s
                 group by f.restriction_id, y.fiscal_year
            ), grants as (
                select g.restriction_id, g.fiscal_year,
                       count(*) filter (where g.kind = 'WAIVER') as waivers,
                       count(*) filter (where g.kind = 'EXCEPTION') as exceptions
                  from (select w.restriction_id as restriction_id, w.kind,
                               extract(year from w.effective_date + interval '3 months')::int as fiscal_year
                          from waiver w
                         where w.status = 'APPROVED') g
                 where true %3$s %4$s
                 group by g.restriction_id, g.fiscal_year
            ), totals as (
                select c.fiscal_year, sum(c.programs) as programs
                  from (select fiscal_year, programs from compliance_program_year_count
                        union all
                        select fiscal_year, programs from compliance_waiver_pressure_change
                         where restriction_id is null) c
                 where true %1$s
                 group by c.fiscal_year
            ), keys as (
                select restriction_id, fiscal_year from affected
                union
                select restriction_id, fiscal_year from grants
            )
            select r.id, r.code, r.citation, r.title, k.fiscal_year,
                   coalesce(g.waivers, 0) as waivers, coalesce(g.exceptions, 0) as exceptions,
                   coalesce(a.programs, 0) as programs, coalesce(a.dollars, 0) as dollars,
                   coalesce(v.waived, 0) as waived, coalesce(t.programs, 0) as programs_in_year
              from keys k
              join restriction r on r.id = k.restriction_id
              left join affected a on a.restriction_id = k.restriction_id and a.fiscal_year = k.fiscal_year
              left join waived v on v.restriction_id = k.restriction_id and v.fiscal_year = k.fiscal_year
              left join grants g on g.restriction_id = k.restriction_id and g.fiscal_year = k.fiscal_year
              left join totals t on t.fiscal_year = k.fiscal_year
             order by r.code, k.fiscal_year
            """;

    /**
     * Folds the logged changes into the kept counts, in one statement (so a reader sees either the changes or
     * their sum). One instance at a time folds ({@link #FOLD_LOCK} for the transaction); when another one is
     * folding, this one skips: readers add the log anyway.
     */
    private static final String FOLD = """
            with moved as (
                delete from compliance_waiver_pressure_change
                returning restriction_id, fiscal_year, programs, dollars
            ), cells as (
                insert into compliance_waiver_pressure_cell as c (restriction_id, fiscal_year, programs, dollars)
                select restriction_id, fiscal_year, sum(programs), sum(dollars)
                  from moved where restriction_id is not null
                 group by restriction_id, fiscal_year
                on conflict (restriction_id, fiscal_year)
                do update set programs = c.programs + excluded.programs, dollars = c.dollars + excluded.dollars
            ), years as (
                insert into compliance_program_year_count as c (fiscal_year, programs)
                select fiscal_year, sum(programs) from moved where restriction_id is null group by fiscal_year
                on conflict (fiscal_year) do update set programs = c.programs + excluded.programs
            )
            select count(*) from moved
            """;

    /** "WVRPRESS": the advisory lock of the instance folding the waiver pressure changes. */
    static final long FOLD_LOCK = 0x5756525052455353L;

    /** The statement for the filters given (only those, so each combination gets its own plan). */
    static String sql(Integer fromYear, Integer toYear, Long restrictionId) {
        return SQL.formatted(years("c", fromYear, toYear), restriction("c", restrictionId), years("g", fromYear, toYear),
                restriction("g", restrictionId), years("y", fromYear, toYear), restriction("f", restrictionId));
    }

    private static String years(String alias, Integer fromYear, Integer toYear) {
        return (fromYear == null ? "" : " and " + alias + ".fiscal_year >= :fromYear")
                + (toYear == null ? "" : " and " + alias + ".fiscal_year <= :toYear");
    }

    private static String restriction(String alias, Long restrictionId) {
        return restrictionId == null ? "" : " and " + alias + ".restriction_id = :restrictionId";
    }

    static final String[] CSV_HEADER = {"restriction", "citation", "title", "fiscal_year", "waivers_granted",
        "exceptions_claimed", "programs_affected", "dollars_affected", "share_of_all_programs_pct",
        "programs_waived", "waived_share_pct", "trend_waivers_vs_previous_year", "routinely_waived"};

    private final NamedParameterJdbcTemplate jdbc;
    private final SharedReportReads shared;
    private final TransactionTemplate transactions;

    WaiverPressureService(NamedParameterJdbcTemplate jdbc, SharedReportReads shared, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.shared = shared;
        // its own transaction: the report's computation runs in a read-only one (SharedReportReads)
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public WaiverPressureReport report(Integer fromYear, Integer toYear, Long restrictionId) {
        return shared.read(Arrays.asList("waiver-pressure", fromYear, toYear, restrictionId),
                () -> compute(fromYear, toYear, restrictionId));
    }

    private WaiverPressureReport compute(Integer fromYear, Integer toYear, Long restrictionId) {
        foldChanges();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("fromYear", fromYear)
                .addValue("toYear", toYear).addValue("restrictionId", restrictionId);
        List<WaiverPressureRow> raw = jdbc.query(sql(fromYear, toYear, restrictionId), params, (rs, i) -> new WaiverPressureRow(rs.getLong("id"),
                rs.getString("code"), rs.getString("citation"), rs.getString("title"), rs.getInt("fiscal_year"),
                rs.getLong("waivers"), rs.getLong("exceptions"), rs.getLong("programs"),
                rs.getBigDecimal("dollars").setScale(2), rs.getLong("waived"), rs.getLong("programs_in_year"), null));
        List<WaiverPressureRow> rows = new ArrayList<>();
        Map<Long, WaiverPressureRow> previous = new LinkedHashMap<>();
        for (WaiverPressureRow row : raw) {
            WaiverPressureRow before = previous.get(row.restrictionId());
            Long trend = before == null ? null : row.waiversGranted() - before.waiversGranted();
            WaiverPressureRow withTrend = row.withTrend(trend);
            rows.add(withTrend);
            previous.put(row.restrictionId(), withTrend);
        }
        return new WaiverPressureReport(List.copyOf(rows), totals(rows), chartJson(rows), Instant.now());
    }

    /**
     * Folds the changes logged since the last time into the kept counts; returns how many were folded (0 when
     * another instance is folding them). The report does it before each computation, the nightly recomputation
     * (which rewrites every finding) after its run.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int foldChanges() {
        Integer folded = transactions.execute(status -> {
            Boolean locked = jdbc.getJdbcTemplate().queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
                    FOLD_LOCK);
            return Boolean.TRUE.equals(locked) ? jdbc.getJdbcTemplate().queryForObject(FOLD, Integer.class) : 0;
        });
        return folded == null ? 0 : folded;
    }

    /** The report as CSV; text cells that a spreadsheet would run as a formula are escaped. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public String csv(Integer fromYear, Integer toYear, Long restrictionId) {
        WaiverPressureReport report = report(fromYear, toYear, restrictionId);
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.row((Object[]) CSV_HEADER);
            for (WaiverPressureRow r : report.rows()) {
                csv.row(r.restrictionCode(), r.restrictionCitation(), r.restrictionTitle(), r.fiscalYear(),
                        r.waiversGranted(), r.exceptionsClaimed(), r.programsAffected(), r.dollarsAffected(),
                        r.shareOfPrograms(), r.programsWaived(), r.waivedShare(), r.waiversTrend(),
                        r.routinelyWaived() ? "yes" : "no");
            }
        }
        return out.toString();
    }

    private static List<WaiverPressureReport.Total> totals(List<WaiverPressureRow> rows) {
        Map<Long, List<WaiverPressureRow>> byRestriction = rows.stream()
                .collect(Collectors.groupingBy(WaiverPressureRow::restrictionId, LinkedHashMap::new, Collectors.toList()));
        return byRestriction.values().stream().map(list -> {
            WaiverPressureRow first = list.get(0);
            return new WaiverPressureReport.Total(first.restrictionId(), first.restrictionCode(),
                    first.restrictionCitation(), list.stream().mapToLong(WaiverPressureRow::waiversGranted).sum(),
                    list.stream().mapToLong(WaiverPressureRow::exceptionsClaimed).sum(),
                    list.stream().mapToLong(WaiverPressureRow::programsAffected).sum(),
                    list.stream().mapToLong(WaiverPressureRow::programsWaived).sum(),
                    list.stream().map(WaiverPressureRow::dollarsAffected).reduce(BigDecimal.ZERO, BigDecimal::add));
        }).toList();
    }

    /** {"labels":[2026,2027],"datasets":[{"label":"FAA_660","data":[3,5]}]}: waivers granted per year per restriction. */
    static String chartJson(List<WaiverPressureRow> rows) {
        TreeSet<Integer> years = rows.stream().map(WaiverPressureRow::fiscalYear).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Map<Integer, Long>> series = new LinkedHashMap<>();
        for (WaiverPressureRow row : rows) {
            series.computeIfAbsent(row.restrictionCode(), k -> new LinkedHashMap<>()).put(row.fiscalYear(), row.waiversGranted());
        }
        String labels = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        String datasets = series.entrySet().stream()
                .map(e -> "{\"label\":\"" + jsonEscape(e.getKey()) + "\",\"data\":["
                        + years.stream().map(y -> String.valueOf(e.getValue().getOrDefault(y, 0L)))
                                .collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining(","));
        return "{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]}";
    }

    private static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
