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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
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
     * Set-based (issue 18): each aggregate is computed once over its rows, joined afterwards. A finding is unique
     * per program and restriction and a program-year per program and year, so the finding x program-year rows are
     * distinct programs per restriction and year (a plain count), and a year's programs are its program-years.
     * The waived programs come from one join of the approved waivers with their findings and the program-years
     * they cover (distinct: several waivers may cover one program-year), instead of a correlated EXISTS per
     * finding and program-year. The filters ({@code %1$s} on fiscal years, {@code %2$s} on the restriction) are
     * applied inside each aggregate, only when given, so PostgreSQL plans each combination for what it filters.
     */
    private static final String SQL = """
            with affected as (
                select f.restriction_id, y.fiscal_year,
                       count(*) as programs,
                       coalesce(sum(y.allocated), 0) as dollars
                  from compliance_finding f
                  join compliance_program_year y on y.program_id = f.program_id
                 where true %1$s %2$s
                 group by f.restriction_id, y.fiscal_year
            ), waived as (
                select f.restriction_id, y.fiscal_year, count(distinct y.program_id) as waived
                  from waiver w
                  join compliance_finding f on f.program_id = w.program_id and f.restriction_id = w.restriction_id
                  join compliance_program_year y on y.program_id = w.program_id
                   and w.effective_date <= make_date(y.fiscal_year, 9, 30)
                   and (w.expiry_date is null or w.expiry_date >= make_date(y.fiscal_year - 1, 10, 1))
                 where w.status = 'APPROVED' and w.kind = 'WAIVER' %1$s %2$s
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
                select y.fiscal_year, count(*) as programs
                  from compliance_program_year y
                 where true %1$s
                 group by y.fiscal_year
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

    /** The statement for the filters given (only those, so each combination gets its own plan). */
    static String sql(Integer fromYear, Integer toYear, Long restrictionId) {
        String years = (fromYear == null ? "" : " and y.fiscal_year >= :fromYear")
                + (toYear == null ? "" : " and y.fiscal_year <= :toYear");
        String grantYears = (fromYear == null ? "" : " and g.fiscal_year >= :fromYear")
                + (toYear == null ? "" : " and g.fiscal_year <= :toYear");
        return SQL.formatted(years, restrictionId == null ? "" : " and f.restriction_id = :restrictionId",
                grantYears, restrictionId == null ? "" : " and g.restriction_id = :restrictionId");
    }

    static final String[] CSV_HEADER = {"restriction", "citation", "title", "fiscal_year", "waivers_granted",
        "exceptions_claimed", "programs_affected", "dollars_affected", "share_of_all_programs_pct",
        "programs_waived", "waived_share_pct", "trend_waivers_vs_previous_year", "routinely_waived"};

    private final NamedParameterJdbcTemplate jdbc;
    private final SharedReportReads shared;

    WaiverPressureService(NamedParameterJdbcTemplate jdbc, SharedReportReads shared) {
        this.jdbc = jdbc;
        this.shared = shared;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public WaiverPressureReport report(Integer fromYear, Integer toYear, Long restrictionId) {
        return shared.read(Arrays.asList("waiver-pressure", fromYear, toYear, restrictionId),
                () -> compute(fromYear, toYear, restrictionId));
    }

    private WaiverPressureReport compute(Integer fromYear, Integer toYear, Long restrictionId) {
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
