package org.ssaplanner.interchange.engine;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.interchange.ImportFormat;

/**
 * Keeps the per-area aggregates that the country picture and the countries index read
 * ({@code interchange_area_amount}, {@code _activity}, {@code _activity_year}, {@code _activity_account},
 * {@code _total}) equal to the stored
 * published rows. An area is an ISO country, a code of {@code interchange_area} (Kosovo, former states, regions,
 * the world; rows published under the code NULL belong to the area of their name) or a published code in neither.
 * <p>
 * The aggregates of the areas a change touched are rebuilt from the stored rows in SQL on the caller's
 * transaction (an import's, a rollback's, a migration's), so they commit or vanish with the rows themselves; then
 * the planner statistics of the tables involved are refreshed (ANALYZE), so that the next query is planned on
 * the real row counts. Amounts stay per transaction type; nothing here adds different types together.
 */
@Component
public class AreaAggregates {

    private static final Logger log = LoggerFactory.getLogger(AreaAggregates.class);

    private final JdbcTemplate jdbc;

    AreaAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rebuilds the aggregates of one kind of published rows for the areas of the given published country codes
     * ("Country Code" as stored, e.g. {@code SLV}, {@code CS-KM}, {@code NULL}); on the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(ImportFormat format, Collection<String> publishedCodes) {
        if (publishedCodes.isEmpty()) {
            return;
        }
        refresh(jdbc, format, publishedCodes.toArray(String[]::new));
    }

    /** Rebuilds every aggregate from every stored row (after a migration, or to repair); on the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshAll() {
        refreshAll(jdbc);
    }

    /** For the Flyway migration that fills the tables, which runs before the application context exists. */
    static void refreshAll(JdbcTemplate jdbc) {
        for (ImportFormat format : ImportFormat.values()) {
            // the per-area aggregates are those of the ForeignAssistance.gov tables only
            if (format.foreignAssistance()) {
                refresh(jdbc, format, null);
            }
        }
    }

    /** {@code codes} null = all areas. */
    private static void refresh(JdbcTemplate jdbc, ImportFormat format, String[] codes) {
        long start = System.nanoTime();
        jdbc.execute("drop table if exists pg_temp.area_refresh");
        jdbc.execute("create temporary table area_refresh (area_code text primary key) on commit drop");
        if (codes == null) {
            jdbc.update("""
                    insert into area_refresh
                    select area_code from interchange_area_total
                    union select coalesce(a.code, r.country_code) from (select distinct country_code, country_name
                        from %s) r left join interchange_area a on a.fa_code = r.country_code
                        and (a.fa_name is null or a.fa_name = r.country_name)""".formatted(format.table()));
        } else {
            // the codes themselves and the areas published under them; then every code published for those areas
            jdbc.update("""
                    insert into area_refresh
                    select x.code from unnest(?::text[]) x(code)
                    union select a.code from interchange_area a where a.fa_code = any(?::text[])""", codes, codes);
        }
        String source = format == ImportFormat.COMPLETE ? "A" : "S";
        // the published codes to read (an array, so that the country index finds the rows of those codes only)
        Object[] sources = codes == null ? new Object[0] : new Object[] {jdbc.queryForList("""
                select area_code from area_refresh
                union select a.fa_code from interchange_area a join area_refresh r on r.area_code = a.code""",
                String.class).toArray(String[]::new)};
        Object[] areas = {jdbc.queryForList("select area_code from area_refresh", String.class).toArray(String[]::new)};
        String rows = format.table() + " r";
        String rowsWhere = codes == null ? "true" : "r.country_code = any(?::text[])";
        String areaOfRow = """
                left join interchange_area ar on ar.fa_code = r.country_code
                    and (ar.fa_name is null or ar.fa_name = r.country_name)""";

        jdbc.update("delete from interchange_area_amount where source = ? and area_code = any(?::text[])", source, areas[0]);
        if (format == ImportFormat.COMPLETE) {
            jdbc.update("delete from interchange_area_activity where area_code = any(?::text[])", areas);
            jdbc.update("delete from interchange_area_activity_year where area_code = any(?::text[])", areas);
            jdbc.update("delete from interchange_area_activity_account where area_code = any(?::text[])", areas);
            refreshActivities(jdbc, rows, rowsWhere, sources, areaOfRow);
        } else {
            refreshCountrySummary(jdbc, rows, rowsWhere, sources, areaOfRow);
        }
        jdbc.update("delete from interchange_area_total where area_code = any(?::text[])", areas);
        jdbc.update("""
                insert into interchange_area_total (area_code, published_name, published_region, activity_rows, activities,
                    multi_agency_activities, summary_rows, refreshed_at)
                select x.area_code, max(x.label), max(x.detail_label),
                       coalesce(sum(x.row_count) filter (where x.source = 'A'), 0), coalesce(max(t.activities), 0),
                       coalesce(max(t.multi), 0), coalesce(sum(x.row_count) filter (where x.source = 'S'), 0), clock_timestamp()
                from interchange_area_amount x
                left join (select area_code, count(*) activities, count(*) filter (where agency_count > 1) multi
                           from interchange_area_activity where area_code = any(?::text[])
                           group by area_code) t on t.area_code = x.area_code
                where x.dimension = 'ALL' and x.area_code = any(?::text[])
                group by x.area_code""", areas[0], areas[0]);
        long refreshed = System.nanoTime();
        // planner statistics: the small tables always; the large ones (published rows, per-activity lines) when the
        // areas refreshed hold a tenth of the rows or more, or the table was never analyzed (autovacuum's own
        // threshold, applied at once instead of up to a minute later); sampling a large table costs seconds
        Double share = jdbc.queryForObject("""
                select case when c.reltuples <= 0 then 1.0
                            else (select coalesce(sum(%s), 0) from interchange_area_total
                                  where area_code = any(?::text[])) / c.reltuples end
                from pg_class c where c.oid = ?::regclass""".formatted(
                format == ImportFormat.COMPLETE ? "activity_rows" : "summary_rows"), Double.class, areas[0], format.table());
        List<String> analyzed = share != null && share >= 0.1
                ? List.of(format.table(), "interchange_area_amount", "interchange_area_activity",
                        "interchange_area_activity_year", "interchange_area_activity_account", "interchange_area_total")
                : List.of("interchange_area_amount", "interchange_area_total");
        for (String table : analyzed) {
            jdbc.execute("analyze " + table);
        }
        log.info("Area aggregates of {} rows refreshed for {} areas in {} ms, statistics of {} in {} ms", format,
                ((String[]) areas[0]).length, (refreshed - start) / 1_000_000, analyzed,
                (System.nanoTime() - refreshed) / 1_000_000);
        jdbc.execute("drop table pg_temp.area_refresh");
    }

    private static void refreshActivities(JdbcTemplate jdbc, String rows, String rowsWhere, Object[] sources,
            String areaOfRow) {
        jdbc.execute("drop table if exists pg_temp.area_fact");
        // the stored rows of the areas, narrowed to what the aggregates need (a projection: summing at the finest
        // grain first was measured to cost more than it saves, since published rows are nearly that fine already)
        String fact = """
                select * from (
                    select coalesce(ar.code, r.country_code) area_code, coalesce(r.activity_id, '') activity_key,
                           r.fiscal_year, r.managing_agency_acronym agency, r.managing_subagency_acronym bureau,
                           r.funding_account_id account, r.international_purpose_code purpose,
                           r.international_sector_code sector, r.us_sector_id us_sector_id, r.us_sector_name us_sector_name,
                           r.assistance_objective_name objective, coalesce(r.transaction_type_id, '') tt,
                           r.transaction_type_name tt_name, r.activity_name, r.managing_agency_name agency_name,
                           r.managing_subagency_name bureau_name, r.funding_account_name account_name,
                           r.international_purpose_name purpose_name, r.international_sector_name sector_name,
                           r.country_name, r.region_name, r.current_amount amount, 1 n
                    from %s %s
                    where %s) f
                where area_code in (select area_code from area_refresh)""";
        jdbc.execute("create temporary table area_fact on commit drop as " + fact.formatted(rows, areaOfRow, "false"));
        long t0 = System.nanoTime();
        jdbc.update("insert into area_fact " + fact.formatted(rows, areaOfRow, rowsWhere), sources);
        long t1 = System.nanoTime();
        jdbc.update("""
                insert into interchange_area_amount (area_code, source, dimension, key, label, detail_key, detail_label,
                    transaction_type_id, transaction_type_name, amount, row_count)
                select area_code, 'A', dimension, key,
                       max(label collate "C") over (partition by area_code, dimension, key, detail_key), detail_key,
                       max(detail_label collate "C") over (partition by area_code, dimension, key, detail_key),
                       tt, max(tt_name collate "C") over (partition by area_code, tt), amount, n
                from (
                    select area_code, tt, max(tt_name collate "C") tt_name, sum(amount) amount, sum(n) n,
                           case when grouping(fiscal_year) = 0 then 'FY' when grouping(bureau) = 0 then 'BUREAU'
                                when grouping(agency) = 0 then 'AGENCY' when grouping(account) = 0 then 'ACCOUNT'
                                when grouping(purpose) = 0 then 'PURPOSE' when grouping(us_sector_id) = 0 then 'US_SECTOR'
                                when grouping(objective) = 0 then 'OBJECTIVE' else 'ALL' end dimension,
                           case when grouping(fiscal_year) = 0 then fiscal_year when grouping(agency) = 0 then agency
                                when grouping(account) = 0 then account when grouping(purpose) = 0 then purpose
                                when grouping(us_sector_id) = 0 then us_sector_id
                                when grouping(objective) = 0 then objective end key,
                           case when grouping(fiscal_year) = 0 then fiscal_year
                                when grouping(agency) = 0 then max(agency_name collate "C")
                                when grouping(account) = 0 then max(account_name collate "C")
                                when grouping(purpose) = 0 then max(purpose_name collate "C")
                                when grouping(us_sector_id) = 0 then us_sector_name
                                when grouping(objective) = 0 then objective else max(country_name collate "C") end label,
                           case when grouping(bureau) = 0 then bureau when grouping(purpose) = 0 then sector end detail_key,
                           case when grouping(bureau) = 0 then max(bureau_name collate "C") when grouping(purpose) = 0 then max(sector_name collate "C")
                                when grouping(fiscal_year) = 1 and grouping(agency) = 1 and grouping(account) = 1
                                     and grouping(us_sector_id) = 1 and grouping(objective) = 1 then max(region_name collate "C")
                                end detail_label
                    from area_fact
                    group by grouping sets ((area_code, tt), (area_code, tt, fiscal_year), (area_code, tt, agency),
                        (area_code, tt, agency, bureau), (area_code, tt, account), (area_code, tt, purpose, sector),
                        (area_code, tt, us_sector_id, us_sector_name), (area_code, tt, objective))) g""");
        long t2 = System.nanoTime();
        jdbc.update("""
                insert into interchange_area_activity (area_code, activity_key, activity_name, managing_agency_acronym,
                    managing_subagency_acronym, funding_accounts, first_fiscal_year, last_fiscal_year, obligations,
                    disbursements, row_count, agency_count)
                select area_code, activity_key, max(activity_name collate "C"), max(agency collate "C"), max(bureau collate "C"),
                       string_agg(distinct account collate "C", ', '), min(fiscal_year), max(fiscal_year),
                       coalesce(sum(amount) filter (where tt = '2'), 0), coalesce(sum(amount) filter (where tt = '3'), 0),
                       sum(n), count(distinct coalesce(agency, '') collate "C")
                from area_fact group by area_code, activity_key""");
        long t3 = System.nanoTime();
        jdbc.update("""
                insert into interchange_area_activity_year (area_code, fiscal_year, activity_key, activity_name,
                    managing_agency_acronym, managing_subagency_acronym, funding_accounts, obligations, disbursements,
                    row_count)
                select area_code, fiscal_year, activity_key, max(activity_name collate "C"), max(agency collate "C"), max(bureau collate "C"),
                       string_agg(distinct account collate "C", ', '),
                       coalesce(sum(amount) filter (where tt = '2'), 0), coalesce(sum(amount) filter (where tt = '3'), 0),
                       sum(n)
                from area_fact group by area_code, fiscal_year, activity_key""");
        long t4 = System.nanoTime();
        jdbc.update("""
                insert into interchange_area_activity_account (area_code, funding_account_id, activity_key, activity_name,
                    managing_agency_acronym, managing_subagency_acronym, first_fiscal_year, last_fiscal_year,
                    obligations, disbursements, row_count)
                select area_code, account, activity_key, max(activity_name collate "C"), max(agency collate "C"),
                       max(bureau collate "C"), min(fiscal_year), max(fiscal_year),
                       coalesce(sum(amount) filter (where tt = '2'), 0), coalesce(sum(amount) filter (where tt = '3'), 0),
                       sum(n)
                from area_fact where account is not null group by area_code, account, activity_key""");
        log.info("Area aggregates: rows summed in {} ms, breakdowns {} ms, activities {} ms, activities by year {} ms,"
                + " by account {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000, (System.nanoTime() - t4) / 1_000_000);
        jdbc.execute("drop table pg_temp.area_fact");
    }

    private static void refreshCountrySummary(JdbcTemplate jdbc, String rows, String rowsWhere, Object[] sources,
            String areaOfRow) {
        jdbc.update("""
                insert into interchange_area_amount (area_code, source, dimension, key, label, detail_key, detail_label,
                    transaction_type_id, transaction_type_name, amount, row_count)
                select area_code, 'S', dimension, key, label, null, detail_label, tt,
                       max(tt_name collate "C") over (partition by area_code, tt), amount, n
                from (
                    select coalesce(ar.code, r.country_code) area_code, coalesce(r.transaction_type_id, '') tt,
                           max(r.transaction_type_name collate "C") tt_name, sum(r.current_amount) amount, count(*) n,
                           case when grouping(r.fiscal_year) = 0 then 'FY' else 'ALL' end dimension,
                           r.fiscal_year key,
                           case when grouping(r.fiscal_year) = 0 then r.fiscal_year else max(r.country_name collate "C") end label,
                           case when grouping(r.fiscal_year) = 1 then max(r.region_name collate "C") end detail_label
                    from %s %s
                    where %s
                    group by grouping sets ((coalesce(ar.code, r.country_code), coalesce(r.transaction_type_id, '')),
                        (coalesce(ar.code, r.country_code), coalesce(r.transaction_type_id, ''), r.fiscal_year))) g
                where area_code in (select area_code from area_refresh)""".formatted(rows, areaOfRow, rowsWhere), sources);
    }
}
