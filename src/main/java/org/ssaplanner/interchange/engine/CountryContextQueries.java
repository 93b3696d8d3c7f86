package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.ssaplanner.interchange.CountryContext;
import org.ssaplanner.interchange.CountryContext.ActiveConflict;
import org.ssaplanner.interchange.CountryContext.BurdenYear;
import org.ssaplanner.interchange.CountryContext.Conflict;
import org.ssaplanner.interchange.CountryContext.ConflictYear;
import org.ssaplanner.interchange.CountryContext.Governance;
import org.ssaplanner.interchange.CountryContext.Source;
import org.ssaplanner.interchange.CountryContextYear;
import org.ssaplanner.interchange.ImportFormat;

/**
 * The reads of the imported country context, all aggregated in SQL: the country page's section in ONE statement
 * (whatever the data), and the yearly context of any number of areas in one more.
 */
@Repository
public class CountryContextQueries {

    /** Area codes as stored (ISO alpha-3 or an interchange_area code); anything else never reaches the SQL. */
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    private static final List<String> INDICATORS = List.of("cc", "ge", "pv", "rl", "rq", "va");

    private final JdbcTemplate jdbc;

    CountryContextQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The section of one area. Rows of one shape, told apart by {@code kind}: G a WGI indicator (latest year with an
     * estimate and the year {@link CountryContext#TREND_YEARS} before), CS the conflict summary, CY a year of the
     * last 10 of the UCDP data set, CC a conflict active in them, M a military-burden year (the latest 11 with data),
     * S the latest succeeded import of each context data set.
     */
    private static final String CONTEXT = """
            with a as (select cast(? as varchar) as code),
            g as (select g.indicator, g.year, g.estimate, g.percentile_rank
                  from interchange_governance g join a on g.area_code = a.code where g.estimate is not null),
            gl as (select indicator, max(year) as year from g group by indicator),
            span as (select min(year) as lo, max(year) as hi from interchange_conflict_year),
            c as (select cy.conflict_id, cy.year, cy.intensity_level, cy.side_a, cy.side_b, cy.territory_name,
                         cy.type_of_conflict, cy.incompatibility
                  from interchange_conflict_year cy join a on cy.area_codes @> array[a.code]),
            cs as (select conflict_id, min(year) as first_year, max(year) as last_year from interchange_conflict_year
                   where conflict_id in (select conflict_id from c) group by conflict_id),
            win as (select generate_series(hi - 9, hi) as year from span),
            m as (select m.year, m.share_of_gdp from interchange_military_burden m join a on m.area_code = a.code),
            ml as (select max(year) as year from m)
            select 'G' as kind, g.indicator::text as k, g.year::int as y, e.year::int as y2, g.estimate as n1,
                   g.percentile_rank as n2, e.estimate as n3, e.percentile_rank as n4, null::text as t1, null::text as t2,
                   null::text as t3, null::bigint as i1, null::bigint as i2, null::bigint as i3, null::timestamptz as ts
            from gl join g on g.indicator = gl.indicator and g.year = gl.year
            left join interchange_governance e on e.area_code = (select code from a) and e.indicator = gl.indicator
                and e.year = gl.year - %d
            union all
            select 'CS', null, (select min(year) from c), (select max(year) from c), (select count(*) from c),
                   (select count(distinct year) from c), (select count(distinct year) from c where intensity_level = 2),
                   null, null, null, null, span.lo, span.hi, null, null
            from span
            union all
            select 'CY', null, win.year, null, null, null, null, null, null, null, null,
                   coalesce(max(c.intensity_level), 0), count(c.conflict_id), null, null
            from win left join c on c.year = win.year group by win.year
            union all
            select 'CC', c.conflict_id::text, cs.first_year, cs.last_year, count(*), null, null, null, max(c.side_a),
                   max(c.side_b), max(c.territory_name), max(c.type_of_conflict), max(c.intensity_level),
                   max(c.incompatibility), null
            from c join cs on cs.conflict_id = c.conflict_id cross join span
            where c.year > span.hi - 10 group by c.conflict_id, cs.first_year, cs.last_year
            union all
            select 'M', null, m.year, null, m.share_of_gdp, null, null, null, null, null, null, null, null, null, null
            from m cross join ml where m.year >= ml.year - 10
            union all
            select 'S', i.format, case i.format when 'WGI' then (select max(year) from interchange_governance)
                       when 'UCDP_PRIO' then (select max(year) from interchange_conflict_year)
                       else (select max(year) from interchange_military_burden) end,
                   null, i.id, null, null, null, i.file_name, null, null, null, null, null, i.finished_at
            from (select distinct on (format) id, format, file_name, finished_at from interchange_import
                  where status = 'SUCCEEDED' and format in ('WGI', 'UCDP_PRIO', 'SIPRI_MILEX')
                  order by format, id desc) i
            """.formatted(CountryContext.TREND_YEARS);

    public CountryContext context(String areaCode) {
        List<Governance> governance = new ArrayList<>();
        List<ConflictYear> years = new ArrayList<>();
        List<ActiveConflict> conflicts = new ArrayList<>();
        List<BurdenYear> military = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Conflict[] summary = {Conflict.none()};
        if (!AREA_CODE.matcher(areaCode).matches()) {
            return new CountryContext(areaCode, List.of(), Conflict.none(), List.of(), List.of());
        }
        jdbc.query(CONTEXT, (RowCallbackHandler) rs -> {
            switch (rs.getString("kind")) {
                case "G" -> governance.add(new Governance(rs.getString("k"), rs.getInt("y"), rs.getBigDecimal("n1"),
                        rs.getBigDecimal("n2"), integer(rs, "y2"), rs.getBigDecimal("n3"), rs.getBigDecimal("n4")));
                case "CS" -> summary[0] = new Conflict(integer(rs, "i1"), integer(rs, "i2"), rs.getLong("n1"),
                        rs.getLong("n2"), rs.getLong("n3"), integer(rs, "y"), integer(rs, "y2"), List.of(), List.of());
                case "CY" -> years.add(new ConflictYear(rs.getInt("y"), rs.getInt("i1"), rs.getInt("i2")));
                case "CC" -> conflicts.add(new ActiveConflict(Integer.parseInt(rs.getString("k")), rs.getString("t1"),
                        rs.getString("t2"), rs.getString("t3"), rs.getInt("i1"), rs.getInt("i3"), rs.getInt("y"),
                        rs.getInt("y2"), rs.getInt("n1"), rs.getInt("i2")));
                case "M" -> military.add(new BurdenYear(rs.getInt("y"), rs.getBigDecimal("n1")));
                case "S" -> {
                    Timestamp at = rs.getTimestamp("ts");
                    sources.add(new Source(ImportFormat.valueOf(rs.getString("k")), rs.getLong("n1"), rs.getString("t1"),
                            at == null ? null : at.toInstant(), integer(rs, "y")));
                }
                default -> throw new IllegalStateException(rs.getString("kind"));
            }
        }, areaCode);
        governance.sort(Comparator.comparingInt(g -> CountryContext.WGI_INDICATORS.indexOf(g.indicator())));
        years.sort(Comparator.comparingInt(ConflictYear::year));
        conflicts.sort(Comparator.comparingInt(ActiveConflict::lastYear).reversed()
                .thenComparingInt(ActiveConflict::firstYear).thenComparingInt(ActiveConflict::conflictId));
        military.sort(Comparator.comparingInt(BurdenYear::year));
        sources.sort(Comparator.comparing(Source::format));
        Conflict s = summary[0];
        Conflict conflict = new Conflict(s.dataFirstYear(), s.dataLastYear(), s.conflictYears(), s.yearsInConflict(),
                s.yearsAtWar(), s.firstYear(), s.lastYear(), List.copyOf(years), List.copyOf(conflicts));
        return new CountryContext(areaCode, List.copyOf(governance), conflict, List.copyOf(military),
                List.copyOf(sources));
    }

    /** The yearly context of each area asked for (codes that are no area code are left out), oldest year first. */
    public Map<String, List<CountryContextYear>> years(Collection<String> areaCodes) {
        List<String> codes = areaCodes.stream().filter(c -> c != null && AREA_CODE.matcher(c).matches()).distinct()
                .toList();
        Map<String, List<CountryContextYear>> result = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        String pivot = INDICATORS.stream().map(i -> "max(estimate) filter (where indicator = '" + i + "') as " + i
                + "_e, max(percentile_rank) filter (where indicator = '" + i + "') as " + i + "_r")
                .collect(Collectors.joining(", "));
        String selected = INDICATORS.stream().map(i -> "g." + i + "_e, g." + i + "_r").collect(Collectors.joining(", "));
        String sql = """
                with a as (select unnest(cast(? as varchar[])) as code),
                g as (select area_code, year, %s from interchange_governance
                      where area_code in (select code from a) group by area_code, year),
                c as (select x.code as area_code, cy.year, max(cy.intensity_level) as intensity
                      from interchange_conflict_year cy cross join lateral unnest(cy.area_codes) as x(code)
                      where x.code in (select code from a) group by x.code, cy.year),
                m as (select area_code, year, share_of_gdp from interchange_military_burden
                      where area_code in (select code from a)),
                k as (select area_code, year from g union select area_code, year from c
                      union select area_code, year from m),
                span as (select min(year) as lo, max(year) as hi from interchange_conflict_year)
                select k.area_code, k.year, %s,
                       coalesce(c.intensity, case when k.year between span.lo and span.hi then 0 end) as intensity,
                       m.share_of_gdp
                from k cross join span
                left join g on g.area_code = k.area_code and g.year = k.year
                left join c on c.area_code = k.area_code and c.year = k.year
                left join m on m.area_code = k.area_code and m.year = k.year
                order by k.area_code, k.year""".formatted(pivot, selected);
        jdbc.query(sql, (RowCallbackHandler) rs -> {
            Map<String, BigDecimal> estimates = new HashMap<>();
            Map<String, BigDecimal> ranks = new HashMap<>();
            for (String indicator : INDICATORS) {
                BigDecimal estimate = rs.getBigDecimal(indicator + "_e");
                if (estimate != null) {
                    estimates.put(indicator, estimate);
                }
                BigDecimal rank = rs.getBigDecimal(indicator + "_r");
                if (rank != null) {
                    ranks.put(indicator, rank);
                }
            }
            String code = rs.getString("area_code");
            result.computeIfAbsent(code, x -> new ArrayList<>()).add(new CountryContextYear(code, rs.getInt("year"),
                    estimates, ranks, integer(rs, "intensity"), rs.getBigDecimal("share_of_gdp")));
        }, "{" + String.join(",", codes) + "}");
        return result;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        Number n = (Number) rs.getObject(column);
        return n == null ? null : n.intValue();
    }
}
