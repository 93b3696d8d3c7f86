package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.ssaplanner.interchange.ArmsCompetition;
import org.ssaplanner.interchange.ArmsCompetition.Category;
import org.ssaplanner.interchange.ArmsCompetition.Delivery;
import org.ssaplanner.interchange.ArmsCompetition.Role;
import org.ssaplanner.interchange.ArmsCompetition.Series;
import org.ssaplanner.interchange.ArmsCompetition.Supplier;
import org.ssaplanner.interchange.ArmsCompetition.Window;
import org.ssaplanner.interchange.ArmsRegister;
import org.ssaplanner.interchange.CompetitionHeadline;
import org.ssaplanner.interchange.CompetitorShares;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.SipriName;

/**
 * The SQL of the competition pages: every figure is an aggregate of the stored SIPRI register (no row is loaded into
 * Java to be added up), a fixed number of statements per page whatever the number of deliveries. Recipients and
 * suppliers are matched to ISO codes through {@code interchange_sipri_name} when read, so a corrected mapping takes
 * effect without importing again.
 */
@Repository
public class ArmsTransferQueries {

    /** The deliveries to one country (by the mapping), with the supplier's code ('' when it has none). */
    private static final String DELIVERIES = """
            r as (
                select t.supplier, coalesce(s.iso3, '') as iso3, t.delivery_year as y, t.tiv_delivered as tiv,
                       t.armament_category as category, t.numbers_delivered as numbers
                from interchange_arms_transfer t
                join interchange_sipri_name n on n.name = t.recipient and n.iso3 = ?
                left join interchange_sipri_name s on s.name = t.supplier),
            b as (select max(delivery_year) as m from interchange_arms_transfer)""";

    /** How a supplier code counts: the United States (first parameter), a competitor (the array) or another. */
    private static final String ROLE = "case when %1$s = ? then 'UNITED_STATES' when %1$s = any(?::text[]) then 'COMPETITOR' "
            + "else 'OTHER' end";

    /** How many of the largest other suppliers get a line of their own in the chart. */
    static final int OTHER_SERIES = 5;
    /** The recent deliveries listed (the largest first within each year). */
    static final int LISTED_DELIVERIES = 100;

    private final JdbcTemplate jdbc;

    ArmsTransferQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The SIPRI name of a code that is no ISO 3166-1 country of the reference list (XKX, SUN, YUG, CSK, DDR). */
    public Optional<String> nameOfCode(String iso3) {
        return jdbc.query("select min(name) from interchange_sipri_name where iso3 = ? having count(*) > 0",
                (rs, n) -> rs.getString(1), iso3).stream().findFirst();
    }

    /** The register as stored, with what its current import's preamble said. */
    public ArmsRegister register() {
        return jdbc.queryForObject("""
                with cur as (
                    select coalesce(identical_to_id, id) as id from interchange_import
                    where format = ? and status = 'SUCCEEDED' order by finished_at desc, id desc limit 1)
                select cur.id, g.selection, g.attribution, g.generated, x.deliveries, x.suppliers, x.recipients,
                       x.first_year, x.last_year, x.tiv
                from (select count(*) as deliveries, count(distinct supplier) as suppliers,
                             count(distinct recipient) as recipients, min(delivery_year) as first_year,
                             max(delivery_year) as last_year, coalesce(sum(tiv_delivered), 0) as tiv
                      from interchange_arms_transfer) x
                left join cur on true
                left join interchange_arms_register g on g.import_id = cur.id""", (rs, n) -> new ArmsRegister(
                (Long) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9), rs.getBigDecimal(10)),
                ImportFormat.SIPRI_ARMS_TRANSFERS.name());
    }

    /** The names in the stored register without an ISO code, the most deliveries first. */
    public List<SipriName> unmappedNames() {
        return jdbc.query("""
                with used as (
                    select supplier as name, 1 as supplier, 0 as recipient, tiv_delivered as tiv from interchange_arms_transfer
                    union all
                    select recipient, 0, 1, tiv_delivered from interchange_arms_transfer)
                select u.name, m.kind, m.note, sum(u.supplier), sum(u.recipient), sum(u.tiv)
                from used u left join interchange_sipri_name m on m.name = u.name
                where m.iso3 is null
                group by u.name, m.kind, m.note
                order by count(*) desc, u.name""", (rs, n) -> new SipriName(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6)));
    }

    /** The headline of a country page: the register's last 10 delivery years. */
    public CompetitionHeadline headline(String iso3, String unitedStates, List<String> competitors) {
        return jdbc.queryForObject("with " + DELIVERIES + """
                , cur as (
                    select g.attribution from interchange_import i
                    join interchange_arms_register g on g.import_id = coalesce(i.identical_to_id, i.id)
                    where i.format = ? and i.status = 'SUCCEEDED' order by i.finished_at desc, i.id desc limit 1)
                select b.m, coalesce(sum(r.tiv), 0), coalesce(sum(r.tiv) filter (where r.iso3 = ?), 0),
                       coalesce(sum(r.tiv) filter (where r.iso3 = any(?::text[])), 0), count(r.y),
                       (select attribution from cur)
                from b left join r on r.y > b.m - 10
                group by b.m""", (rs, n) -> {
            Integer last = (Integer) rs.getObject(1);
            BigDecimal total = rs.getBigDecimal(2);
            return new CompetitionHeadline(last == null ? null : last - 9, last, total,
                    ArmsCompetition.share(rs.getBigDecimal(3), total), ArmsCompetition.share(rs.getBigDecimal(4), total),
                    rs.getLong(5), rs.getString(6));
        }, iso3, ImportFormat.SIPRI_ARMS_TRANSFERS.name(), unitedStates, codes(competitors));
    }

    /**
     * Every recipient with an ISO code (by the mapping): its deliveries in the register's last 10 delivery years and
     * the shares of the United States and of the competitors, the competitors' in the last 5 and the 5 before too.
     * One statement, whatever the number of recipients.
     */
    public List<CompetitorShares> competitorShares(String unitedStates, List<String> competitors) {
        String[] codes = codes(competitors);
        return jdbc.query("""
                with b as (select max(delivery_year) as m from interchange_arms_transfer),
                r as (
                    select n.iso3 as recipient, coalesce(s.iso3, '') as supplier, t.delivery_year as y,
                           coalesce(t.tiv_delivered, 0) as tiv, b.m
                    from interchange_arms_transfer t
                    cross join b
                    join interchange_sipri_name n on n.name = t.recipient and n.iso3 is not null
                    left join interchange_sipri_name s on s.name = t.supplier
                    where t.delivery_year > b.m - 10)
                select recipient, m, sum(tiv), coalesce(sum(tiv) filter (where supplier = ?), 0),
                       coalesce(sum(tiv) filter (where supplier = any(?::text[])), 0),
                       coalesce(sum(tiv) filter (where y > m - 5), 0),
                       coalesce(sum(tiv) filter (where y > m - 5 and supplier = any(?::text[])), 0),
                       coalesce(sum(tiv) filter (where y <= m - 5), 0),
                       coalesce(sum(tiv) filter (where y <= m - 5 and supplier = any(?::text[])), 0)
                from r group by recipient, m order by recipient""", (rs, n) -> {
            BigDecimal total = rs.getBigDecimal(3);
            int last = rs.getInt(2);
            return new CompetitorShares(rs.getString(1).strip(), last - 9, last, total,
                    ArmsCompetition.share(rs.getBigDecimal(4), total), ArmsCompetition.share(rs.getBigDecimal(5), total),
                    ArmsCompetition.share(rs.getBigDecimal(7), rs.getBigDecimal(6)),
                    ArmsCompetition.share(rs.getBigDecimal(9), rs.getBigDecimal(8)));
        }, unitedStates, codes, codes, codes);
    }

    /** Everything the competition page of a country shows, in a fixed number of statements. */
    public ArmsCompetition competition(String iso3, String name, String unitedStates, List<String> competitors) {
        ArmsRegister register = register();
        String[] codes = codes(competitors);
        Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
        List<Series> series = series(iso3, unitedStates, codes, byYear);
        BigDecimal total = jdbc.queryForObject("with " + DELIVERIES + " select coalesce(sum(tiv), 0) from r",
                BigDecimal.class, iso3);
        List<Supplier> suppliers = suppliers(iso3, unitedStates, codes);
        List<Window> windows = windows(iso3, unitedStates, codes, competitors);
        List<String> tracked = new ArrayList<>(competitors);
        tracked.add(0, unitedStates);
        Map<String, String> names = names(codes(tracked));
        List<Category> categories = categories(iso3, unitedStates, codes);
        List<Delivery> deliveries = recentDeliveries(iso3);
        boolean capped = deliveries.size() > LISTED_DELIVERIES;
        List<Integer> years = new ArrayList<>();
        if (register.firstYear() != null) {
            for (int y = register.firstYear(); y <= register.lastYear(); y++) {
                years.add(y);
            }
        }
        return new ArmsCompetition(iso3, name, register, years, series, total, byYear, suppliers,
                CompetitionTrends.of(windows, unitedStates, competitors, names), windows, categories,
                capped ? deliveries.subList(0, LISTED_DELIVERIES) : deliveries, capped);
    }

    private static String[] codes(List<String> competitors) {
        return competitors.toArray(String[]::new);
    }

    /** SIPRI's name of each tracked code (the United States' and the competitors' labels). */
    private Map<String, String> names(String[] codes) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("select iso3, min(name) from interchange_sipri_name where iso3 = any(?::text[]) and kind = 'STATE' "
                + "group by iso3", rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, (Object) codes);
        return names;
    }

    /**
     * The chart's lines: the United States, each competitor, the {@value #OTHER_SERIES} largest other suppliers, and
     * all the rest together; by delivery year, in that order (within a role the largest first).
     */
    private List<Series> series(String iso3, String unitedStates, String[] codes, Map<Integer, BigDecimal> byYear) {
        Map<String, Series> series = new LinkedHashMap<>();
        jdbc.query("with " + DELIVERIES + """
                , ranked as (
                    select supplier, iso3, %s as role, sum(tiv) as total from r group by supplier, iso3),
                named as (
                    select supplier,
                           case when role <> 'OTHER' or rn <= %d then supplier else '' end as series,
                           case when role <> 'OTHER' or rn <= %d then iso3 else '' end as iso3,
                           case when role <> 'OTHER' or rn <= %d then role else 'REST' end as role
                    from (select *, row_number() over (partition by role order by total desc, supplier) as rn
                          from ranked) x)
                select n.series, n.iso3, n.role, r.y, sum(r.tiv) as tiv, sum(sum(r.tiv)) over (partition by n.series) as total,
                       sum(sum(r.tiv)) over (partition by r.y) as year_total
                from r join named n on n.supplier = r.supplier
                group by n.series, n.iso3, n.role, r.y
                order by case n.role when 'UNITED_STATES' then 0 when 'COMPETITOR' then 1 when 'OTHER' then 2 else 3 end,
                         total desc, n.series, r.y""".formatted(ROLE.formatted("iso3"), OTHER_SERIES, OTHER_SERIES,
                OTHER_SERIES), rs -> {
                    String key = rs.getString(1);
                    Series line = series.computeIfAbsent(key, k -> {
                        try {
                            return new Series(k, rs.getString(2), Role.valueOf(rs.getString(3)), new LinkedHashMap<>(),
                                    rs.getBigDecimal(6));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    line.byYear().put(rs.getInt(4), rs.getBigDecimal(5));
                    byYear.put(rs.getInt(4), rs.getBigDecimal(7));
                }, iso3, unitedStates, codes);
        return List.copyOf(series.values());
    }

    private List<Supplier> suppliers(String iso3, String unitedStates, String[] codes) {
        return jdbc.query("with " + DELIVERIES + """
                select r.supplier, r.iso3, %s, sum(r.tiv), coalesce(sum(r.tiv) filter (where r.y > b.m - 10), 0),
                       coalesce(sum(r.tiv) filter (where r.y > b.m - 5), 0), count(*), min(r.y), max(r.y)
                from r cross join b
                group by r.supplier, r.iso3
                order by sum(r.tiv) desc, r.supplier""".formatted(ROLE.formatted("r.iso3")), (rs, n) -> new Supplier(
                rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7), rs.getInt(8), rs.getInt(9)), iso3,
                unitedStates, codes);
    }

    /**
     * The last 5 and 10 delivery years of the register and the 5 and 10 before: all deliveries, the United States',
     * the competitors' together and each competitor's (one row a window and a tracked supplier, rolled up).
     */
    private List<Window> windows(String iso3, String unitedStates, String[] codes, List<String> competitors) {
        Map<String, Object[]> windows = new LinkedHashMap<>();
        jdbc.query("with " + DELIVERIES + """
                , w as (
                    select v.name, b.m - v.back - v.span + 1 as first_year, b.m - v.back as last_year, v.ord
                    from b cross join (values ('LAST_5', 0, 5, 1), ('PREVIOUS_5', 5, 5, 2), ('LAST_10', 0, 10, 3),
                                              ('PREVIOUS_10', 10, 10, 4)) v(name, back, span, ord)
                    where b.m is not null),
                x as (
                    select w.name, w.first_year, w.last_year, w.ord, r.tiv,
                           case when r.iso3 = ? or r.iso3 = any(?::text[]) then r.iso3 else '' end as tracked,
                           r.iso3 = any(?::text[]) as competitor
                    from w left join r on r.y between w.first_year and w.last_year)
                select name, first_year, last_year, tracked, grouping(tracked), coalesce(sum(tiv), 0),
                       coalesce(sum(tiv) filter (where competitor), 0)
                from x
                group by name, first_year, last_year, ord, rollup(tracked)
                order by ord, grouping(tracked) desc, tracked""", rs -> {
                    String key = rs.getString(1);
                    Object[] window = windows.computeIfAbsent(key, k -> new Object[] {null, null, BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO, new LinkedHashMap<String, BigDecimal>()});
                    window[0] = rs.getInt(2);
                    window[1] = rs.getInt(3);
                    String tracked = rs.getString(4);
                    if (rs.getInt(5) == 1) {
                        window[2] = rs.getBigDecimal(6);
                        window[4] = rs.getBigDecimal(7);
                    } else if (unitedStates.equals(tracked)) {
                        window[3] = rs.getBigDecimal(6);
                    } else if (!tracked.isEmpty()) {
                        @SuppressWarnings("unchecked")
                        Map<String, BigDecimal> byCompetitor = (Map<String, BigDecimal>) window[5];
                        byCompetitor.put(tracked, rs.getBigDecimal(6));
                    }
                }, iso3, unitedStates, codes, codes);
        List<Window> result = new ArrayList<>();
        windows.forEach((key, w) -> {
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> byCompetitor = (Map<String, BigDecimal>) w[5];
            Map<String, BigDecimal> ordered = new LinkedHashMap<>();
            competitors.forEach(c -> ordered.put(c, byCompetitor.getOrDefault(c, BigDecimal.ZERO)));
            result.add(new Window(key, (Integer) w[0], (Integer) w[1], (BigDecimal) w[2], (BigDecimal) w[3],
                    (BigDecimal) w[4], ordered));
        });
        return result;
    }

    private List<Category> categories(String iso3, String unitedStates, String[] codes) {
        return jdbc.query("with " + DELIVERIES + """
                select coalesce(r.category, ''), sum(r.tiv), coalesce(sum(r.tiv) filter (where r.y > b.m - 10), 0),
                       coalesce(sum(r.tiv) filter (where r.iso3 = ?), 0), coalesce(sum(r.tiv) filter (where r.iso3 = any(?::text[])), 0),
                       sum(r.numbers), count(*)
                from r cross join b
                group by coalesce(r.category, '')
                order by sum(r.tiv) desc, 1""", (rs, n) -> new Category(rs.getString(1), rs.getBigDecimal(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), (Long) rs.getObject(6), rs.getLong(7)),
                iso3, unitedStates, codes);
    }

    /** The deliveries of the last 10 delivery years, the latest year first, the largest first within a year. */
    private List<Delivery> recentDeliveries(String iso3) {
        return jdbc.query("""
                select t.delivery_year, coalesce(t.delivery_year_estimate, false), t.supplier, t.designation, t.description,
                       t.armament_category, t.numbers_delivered, coalesce(t.numbers_delivered_estimate, false),
                       t.tiv_delivered, t.status, t.deal_id
                from interchange_arms_transfer t
                join interchange_sipri_name n on n.name = t.recipient and n.iso3 = ?
                where t.delivery_year > (select max(delivery_year) from interchange_arms_transfer) - 10
                order by t.delivery_year desc, t.tiv_delivered desc, t.deal_id
                limit ?""", (rs, n) -> new Delivery(rs.getInt(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), rs.getBoolean(8), rs.getBigDecimal(9),
                rs.getString(10), rs.getInt(11)), iso3, LISTED_DELIVERIES + 1);
    }
}
