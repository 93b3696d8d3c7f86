package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.ssaplanner.interchange.ActivityFilter;
import org.ssaplanner.interchange.ActivityRow;

/**
 * What the country picture reads: the per-area aggregates that {@link AreaAggregates} keeps equal to the stored
 * rows (one statement per question, whatever the number of rows), and the stored rows themselves where a question
 * has no aggregate (an activity's rows; activity lists filtered by account, by text or by several filters).
 */
@Repository
public class ActivityQueries {

    /**
     * A breakdown line: {@code group} names the breakdown ("A:FY" = activity rows by fiscal year, "S:FY" = country
     * summary by fiscal year, ...); {@code mapped} an agency id or a code the service resolves to a label;
     * {@code amounts} by transaction type id.
     */
    public record Line(String group, String key, String label, String detailKey, String detailLabel, String mapped,
            Map<String, BigDecimal> amounts, long rows) {

        public BigDecimal amount(String transactionTypeId) {
            return amounts.getOrDefault(transactionTypeId, BigDecimal.ZERO);
        }
    }

    /** A transaction type as published in one source ("A" activity rows, "S" country summary). */
    public record TypeName(String source, String id, String name) {
    }

    /** The lines of an answer and the transaction types they contain. */
    public record Lines(List<Line> lines, List<TypeName> types) {
    }

    /** A code of {@code interchange_area} and/or what was published under it. */
    public record AreaRecord(String code, String faCode, String faName, String name, String kind, String faRegion,
            String retiredCode, String withdrawn, String note, String publishedName, String publishedRegion) {
    }

    /** One line of the countries index: an area with data and one amount of it (or none). */
    public record IndexLine(AreaRecord area, long activityRows, String source, String typeId, String typeName,
            BigDecimal amount) {
    }

    /** The rows of a stored area, as SQL: a join that gives every row its area ({@code coalesce(ar.code, r.country_code)}). */
    private static final String AREA_OF_ROW = """
            left join interchange_area ar on ar.fa_code = r.country_code
                and (ar.fa_name is null or ar.fa_name = r.country_name)""";
    private static final String ROWS_OF_AREA = """
            r.country_code in (select ?::text union select fa_code from interchange_area where code = ?)
            and coalesce(ar.code, r.country_code) = ?""";

    private final JdbcTemplate jdbc;

    ActivityQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An area of {@code interchange_area} by its code or the code it is published under, or a code with data. */
    public Optional<AreaRecord> area(String code) {
        return jdbc.query("""
                select coalesce(a.code, t.area_code), a.fa_code, a.fa_name, a.name, a.kind, a.fa_region_name,
                       a.iso_3166_3_code, a.withdrawn, a.note, t.published_name, t.published_region
                from (select ?::text c) q
                left join interchange_area a on a.code = q.c or (a.fa_code = q.c and a.fa_name is null)
                left join interchange_area_total t on t.area_code = coalesce(a.code, q.c)
                where a.code is not null or t.area_code is not null""", ActivityQueries::areaRecord, code)
                .stream().findFirst();
    }

    /** Every breakdown of an area (activity rows and country summary), in display order, in one statement. */
    public Lines breakdowns(String area) {
        return lines("""
                select x.source || ':' || x.dimension, x.key, x.label, x.detail_key, x.detail_label,
                       case x.dimension when 'AGENCY' then m.agency_id::text
                                        when 'BUREAU' then coalesce(s.agency_id, m.agency_id)::text
                                        when 'ACCOUNT' then aa.authority_short_name
                                        when 'US_SECTOR' then d.capability_domain_code end,
                       x.source, x.transaction_type_id, x.transaction_type_name, x.amount, x.row_count
                from interchange_area_amount x
                left join interchange_agency_mapping m on x.dimension in ('AGENCY', 'BUREAU') and m.parent_acronym = ''
                      and m.source_acronym = x.key
                left join interchange_agency_mapping s on x.dimension = 'BUREAU' and s.parent_acronym = x.key
                      and s.source_acronym = x.detail_key
                left join interchange_account_authority aa on x.dimension = 'ACCOUNT' and aa.funding_account_id = x.key
                left join interchange_us_sector_domain d on x.dimension = 'US_SECTOR' and d.us_sector_name = x.label
                where x.area_code = ?
                order by x.source, x.dimension,
                         case when x.dimension in ('FY', 'OBJECTIVE', 'BUREAU') then x.key end,
                         case when x.dimension not in ('FY', 'OBJECTIVE', 'ALL') then coalesce(sum(x.amount)
                             filter (where x.transaction_type_id = '2') over (partition by x.source, x.dimension, x.key,
                             x.detail_key, x.label), 0) end desc,
                         x.key, x.detail_key, x.label""", area);
    }

    /** Mapped SSA Planner agencies (bureau mapping, else managing agency mapping) of an area, with their obligations. */
    public List<Line> activeAgencies(String area) {
        return lines("""
                select 'AGENCY', coalesce(s.agency_id, m.agency_id)::text, null, null, null, null, 'A', '2', null,
                       coalesce(sum(x.amount) filter (where x.transaction_type_id = '2'), 0), sum(x.row_count)
                from interchange_area_amount x
                left join interchange_agency_mapping m on m.parent_acronym = '' and m.source_acronym = x.key
                left join interchange_agency_mapping s on s.parent_acronym = x.key and s.source_acronym = x.detail_key
                where x.area_code = ? and x.source = 'A' and x.dimension = 'BUREAU'
                      and coalesce(s.agency_id, m.agency_id) is not null
                group by 2 order by 10 desc, 2""", area).lines();
    }

    /**
     * Mapped SSA Planner agencies (bureau mapping, else managing agency mapping) of an area with their obligations in
     * the fiscal years {@code from}..{@code to}, from the per-activity yearly aggregates (an activity counts for the
     * managing agency it was published under), largest first; agencies with no obligations there are left out.
     */
    public List<Line> activeAgencies(String area, int from, int to) {
        return lines("""
                select 'AGENCY', coalesce(s.agency_id, m.agency_id)::text, min(x.fiscal_year), max(x.fiscal_year),
                       null, null, 'A', '2', null, sum(x.obligations), sum(x.row_count)
                from interchange_area_activity_year x
                left join interchange_agency_mapping m on m.parent_acronym = '' and m.source_acronym = x.managing_agency_acronym
                left join interchange_agency_mapping s on s.parent_acronym = x.managing_agency_acronym
                      and s.source_acronym = x.managing_subagency_acronym
                where x.area_code = ? and coalesce(s.agency_id, m.agency_id) is not null
                      and (case when x.fiscal_year ~ '^[0-9]{4}$' then x.fiscal_year::int end) between ? and ?
                group by 2 having sum(x.obligations) <> 0 order by 10 desc, 2""", area, from, to).lines();
    }

    /** Country-summary amounts of every area (countries, regions, the world) by fiscal year. */
    public Lines allCountrySummaryByFiscalYear() {
        return lines("""
                select 'S:FY', key, key, null, null, null, 'S', transaction_type_id, max(transaction_type_name),
                       sum(amount), sum(row_count)
                from interchange_area_amount where source = 'S' and dimension = 'FY'
                group by key, transaction_type_id order by key""");
    }

    /** Every area with data and its amounts over all fiscal years, by source and transaction type, in one statement. */
    public List<IndexLine> index() {
        return jdbc.query("""
                select t.area_code, a.fa_code, a.fa_name, a.name, a.kind, a.fa_region_name, a.iso_3166_3_code,
                       a.withdrawn, a.note, t.published_name, t.published_region, t.activity_rows,
                       x.source, x.transaction_type_id, x.transaction_type_name, x.amount
                from interchange_area_total t
                left join interchange_area a on a.code = t.area_code
                left join interchange_area_amount x on x.area_code = t.area_code and x.dimension = 'ALL'
                order by t.area_code, x.source, x.transaction_type_id""",
                (rs, n) -> new IndexLine(areaRecord(rs, n), rs.getLong(12), rs.getString(13), rs.getString(14),
                        rs.getString(15), rs.getBigDecimal(16)));
    }

    /**
     * One page of an area's activities, largest obligations first. Unfiltered, by fiscal year alone, by managing
     * agency alone and by funding account alone the page is read from the aggregates (an index in the order
     * shown); other filters (text, combinations) sum the stored rows.
     */
    public Page<ActivityRow> activities(String area, ActivityFilter filter, Pageable pageable) {
        boolean fy = present(filter.fiscalYear());
        boolean agency = present(filter.agency());
        boolean account = present(filter.account());
        boolean text = present(filter.text());
        RowMapper<ActivityRow> aggregated = (rs, n) -> new ActivityRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getLong(10));
        if (!agency && !account && !text && !fy) {
            long total = Objects.requireNonNullElse(jdbc.query(
                    "select activities from interchange_area_total where area_code = ?",
                    rs -> rs.next() ? rs.getLong(1) : 0L, area), 0L);
            return new PageImpl<>(jdbc.query("""
                    select nullif(activity_key, ''), activity_name, managing_agency_acronym, managing_subagency_acronym,
                           funding_accounts, first_fiscal_year, last_fiscal_year, obligations, disbursements, row_count
                    from interchange_area_activity where area_code = ?
                    order by obligations desc, activity_key limit ? offset ?""", aggregated, area,
                    pageable.getPageSize(), pageable.getOffset()), pageable, total);
        }
        if (fy && !agency && !account && !text) {
            String year = filter.fiscalYear().trim();
            long total = jdbc.queryForObject(
                    "select count(*) from interchange_area_activity_year where area_code = ? and fiscal_year = ?",
                    Long.class, area, year);
            return new PageImpl<>(jdbc.query("""
                    select nullif(activity_key, ''), activity_name, managing_agency_acronym, managing_subagency_acronym,
                           funding_accounts, fiscal_year, fiscal_year, obligations, disbursements, row_count
                    from interchange_area_activity_year where area_code = ? and fiscal_year = ?
                    order by obligations desc, activity_key limit ? offset ?""", aggregated, area, year,
                    pageable.getPageSize(), pageable.getOffset()), pageable, total);
        }
        if (agency && !fy && !account && !text) {
            String acronym = filter.agency().trim();
            // exact from the aggregates when every activity of the area has one managing agency (as published)
            long[] counts = jdbc.queryForObject("""
                    select coalesce((select multi_agency_activities from interchange_area_total where area_code = ?), 0),
                           (select count(*) from interchange_area_activity where area_code = ?
                                and managing_agency_acronym = ?)""",
                    (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, area, area, acronym);
            if (counts[0] == 0) {
                return new PageImpl<>(jdbc.query("""
                        select nullif(activity_key, ''), activity_name, managing_agency_acronym, managing_subagency_acronym,
                               funding_accounts, first_fiscal_year, last_fiscal_year, obligations, disbursements, row_count
                        from interchange_area_activity where area_code = ? and managing_agency_acronym = ?
                        order by obligations desc, activity_key limit ? offset ?""", aggregated, area, acronym,
                        pageable.getPageSize(), pageable.getOffset()), pageable, counts[1]);
            }
        }
        if (account && !fy && !agency && !text) {
            String accountId = filter.account().trim();
            long total = jdbc.queryForObject("""
                    select count(*) from interchange_area_activity_account where area_code = ? and funding_account_id = ?""",
                    Long.class, area, accountId);
            return new PageImpl<>(jdbc.query("""
                    select nullif(activity_key, ''), activity_name, managing_agency_acronym, managing_subagency_acronym,
                           funding_account_id, first_fiscal_year, last_fiscal_year, obligations, disbursements, row_count
                    from interchange_area_activity_account where area_code = ? and funding_account_id = ?
                    order by obligations desc, activity_key limit ? offset ?""", aggregated, area, accountId,
                    pageable.getPageSize(), pageable.getOffset()), pageable, total);
        }
        return rawActivities(area, filter, pageable);
    }

    private Page<ActivityRow> rawActivities(String area, ActivityFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = rowsWhere(area, filter, args);
        // the page and the number of activities in one pass over the rows (a window over the grouped rows),
        // instead of a count that reads them all a second time
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        long[] total = {-1};
        List<ActivityRow> rows = jdbc.query("""
                select r.activity_id, max(r.activity_name), max(r.managing_agency_acronym),
                       max(r.managing_subagency_acronym), string_agg(distinct r.funding_account_id, ', '),
                       min(r.fiscal_year), max(r.fiscal_year),
                       coalesce(sum(r.current_amount) filter (where r.transaction_type_id = '2'), 0),
                       coalesce(sum(r.current_amount) filter (where r.transaction_type_id = '3'), 0), count(*),
                       count(*) over ()"""
                + where + " group by r.activity_id order by 8 desc, r.activity_id limit ? offset ?",
                (rs, n) -> {
                    total[0] = rs.getLong(11);
                    return new ActivityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                            rs.getLong(10));
                }, pageArgs.toArray());
        if (total[0] < 0) { // a page past the end: no row carried the count
            total[0] = jdbc.queryForObject("select count(*) from (select 1" + where + " group by r.activity_id) g",
                    Long.class, args.toArray());
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    /**
     * Every activity of the filtered list, in the page's order, handed to {@code each} one by one as PostgreSQL
     * sends them: the rows are fetched through a cursor ({@link #EXPORT_FETCH_SIZE} at a time), so memory stays the
     * same whatever their number. Needs a transaction (pgjdbc only uses a cursor outside auto-commit).
     */
    public void exportActivities(String area, ActivityFilter filter, Consumer<ActivityRow> each) {
        List<Object> args = new ArrayList<>();
        String where = rowsWhere(area, filter, args);
        String sql = """
                select r.activity_id, max(r.activity_name), max(r.managing_agency_acronym),
                       max(r.managing_subagency_acronym), string_agg(distinct r.funding_account_id, ', '),
                       min(r.fiscal_year), max(r.fiscal_year),
                       coalesce(sum(r.current_amount) filter (where r.transaction_type_id = '2'), 0),
                       coalesce(sum(r.current_amount) filter (where r.transaction_type_id = '3'), 0), count(*)"""
                + where + " group by r.activity_id order by 8 desc, r.activity_id";
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(EXPORT_FETCH_SIZE);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, (RowCallbackHandler) rs -> each.accept(new ActivityRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getLong(10))));
    }

    /** Rows an export holds in memory at a time. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    /** Source rows of one activity in a country, oldest fiscal year first. */
    public List<SourceRow> activityRows(String iso3, String activityId) {
        return jdbc.query("""
                select a.id, a.activity_name, a.managing_agency_acronym, a.managing_subagency_acronym,
                       coalesce(s.agency_id, m.agency_id), a.funding_account_id, x.authority_short_name,
                       a.international_purpose_code, a.international_purpose_name, a.us_sector_name,
                       d.capability_domain_code, a.fiscal_year, a.transaction_type_id, a.current_amount
                from interchange_activity a
                left join interchange_agency_mapping m on m.parent_acronym = '' and m.source_acronym = a.managing_agency_acronym
                left join interchange_agency_mapping s on s.parent_acronym = a.managing_agency_acronym
                      and s.source_acronym = a.managing_subagency_acronym
                left join interchange_account_authority x on x.funding_account_id = a.funding_account_id
                left join interchange_us_sector_domain d on d.us_sector_name = a.us_sector_name
                where a.country_code = ? and coalesce(a.activity_id, '') = ? order by a.fiscal_year, a.id""",
                (rs, n) -> new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getBigDecimal(14)),
                iso3, activityId);
    }

    public record SourceRow(long id, String name, String agency, String bureau, Long agencyId, String account,
            String authority, String purposeCode, String purposeName, String usSector, String domain, String fiscalYear,
            String transactionTypeId, BigDecimal amount) {
    }

    /** Funding accounts in the imported rows without a known authority, biggest obligations first. */
    public Lines unmappedAccounts() {
        return lines("""
                select 'ACCOUNT', key, max(max(label)) over (partition by key), null, null, null, 'A', transaction_type_id,
                       max(transaction_type_name), sum(amount), sum(row_count)
                from interchange_area_amount x
                where source = 'A' and dimension = 'ACCOUNT' and key is not null and not exists
                    (select 1 from interchange_account_authority a where a.funding_account_id = x.key)
                group by key, transaction_type_id
                order by coalesce(sum(sum(amount) filter (where transaction_type_id = '2')) over (partition by key), 0) desc,
                         key""");
    }

    /** Accounts with a known authority and what was imported on them. */
    public Lines mappedAccounts() {
        return lines("""
                select 'ACCOUNT', x.funding_account_id, x.account_name, x.note, null, x.authority_short_name, 'A',
                       s.transaction_type_id, s.transaction_type_name, s.amount, coalesce(s.row_count, 0)
                from interchange_account_authority x
                left join (select key, transaction_type_id, max(transaction_type_name) transaction_type_name,
                                  sum(amount) amount, sum(row_count) row_count
                           from interchange_area_amount where source = 'A' and dimension = 'ACCOUNT'
                           group by key, transaction_type_id) s on s.key = x.funding_account_id
                order by x.authority_short_name, x.funding_account_id""");
    }

    public Lines usSectors() {
        return lines("""
                select 'US_SECTOR', x.key, x.label, null, null, max(d.capability_domain_code), 'A', x.transaction_type_id,
                       max(x.transaction_type_name), sum(x.amount), sum(x.row_count)
                from interchange_area_amount x
                left join interchange_us_sector_domain d on d.us_sector_name = x.label
                where x.source = 'A' and x.dimension = 'US_SECTOR' and x.label is not null
                group by x.key, x.label, x.transaction_type_id
                order by max(max(d.capability_domain_code)) over (partition by x.key, x.label) nulls last, x.label, x.key""");
    }

    public Lines purposeCodes() {
        return lines("""
                select 'PURPOSE', key, max(max(label)) over (partition by key), null, null, null, 'A', transaction_type_id,
                       max(transaction_type_name), sum(amount), sum(row_count)
                from interchange_area_amount
                where source = 'A' and dimension = 'PURPOSE' and key is not null
                group by key, transaction_type_id order by key""");
    }

    /**
     * Runs a query whose rows are (group, key, label, detail key, detail label, mapped, source, transaction type id,
     * type name, amount, rows), ordered so that the rows of one line follow each other; folds them into lines.
     */
    private Lines lines(String sql, Object... args) {
        List<Line> lines = new ArrayList<>();
        Map<String, TypeName> types = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            String group = rs.getString(1);
            String key = rs.getString(2);
            String label = rs.getString(3);
            String detailKey = rs.getString(4);
            String source = rs.getString(7);
            String type = rs.getString(8);
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            Line line;
            if (last != null && last.group().equals(group) && Objects.equals(last.key(), key)
                    && Objects.equals(last.detailKey(), detailKey) && Objects.equals(last.label(), label)) {
                line = last;
            } else {
                line = new Line(group, key, label, detailKey, rs.getString(5), rs.getString(6), new LinkedHashMap<>(), 0);
                lines.add(line);
            }
            if (type != null) {
                line.amounts().merge(type, rs.getBigDecimal(10), BigDecimal::add);
                types.putIfAbsent(source + ":" + type, new TypeName(source, type, rs.getString(9)));
            }
            long rows = rs.getLong(11);
            if (rows != 0) {
                lines.set(lines.size() - 1, new Line(line.group(), line.key(), line.label(), line.detailKey(),
                        line.detailLabel(), line.mapped(), line.amounts(), line.rows() + rows));
            }
        }, args);
        return new Lines(lines, List.copyOf(types.values()));
    }

    private static AreaRecord areaRecord(ResultSet rs, int n) throws SQLException {
        return new AreaRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }

    /** The stored rows of an area that pass the filter, as {@code from ... where ...} (the rows as {@code r}). */
    private static String rowsWhere(String area, ActivityFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" from interchange_activity r " + AREA_OF_ROW + " where " + ROWS_OF_AREA);
        args.addAll(List.of(area, area, area));
        if (present(filter.fiscalYear())) {
            where.append(" and r.fiscal_year = ?");
            args.add(filter.fiscalYear().trim());
        }
        if (present(filter.agency())) {
            where.append(" and r.managing_agency_acronym = ?");
            args.add(filter.agency().trim());
        }
        if (present(filter.account())) {
            where.append(" and r.funding_account_id = ?");
            args.add(filter.account().trim());
        }
        if (present(filter.text())) {
            String like = "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (r.activity_id ilike ? or r.activity_name ilike ? or r.activity_description ilike ?"
                    + " or r.implementing_partner_name ilike ?)");
            args.addAll(List.of(like, like, like, like));
        }
        return where.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
