package org.ssaplanner.interchange.domain;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.ssaplanner.interchange.ActivityFilter;
import org.ssaplanner.interchange.ActivityRow;

/** Aggregations over the imported rows, all in SQL (one statement per breakdown, grouped and summed there). */
@Repository
public class ActivityQueries {

    /** A breakdown line; mappedId is an agency id or a code, resolved to a label by the service. */
    public record Line(String key, String label, String detailKey, String detailLabel, String mapped,
            BigDecimal obligations, BigDecimal disbursements, BigDecimal total, long rows) {
    }

    private static final String SUMS = """
            coalesce(sum(current_amount) filter (where transaction_type_id = '2'), 0),
            coalesce(sum(current_amount) filter (where transaction_type_id = '3'), 0),
            coalesce(sum(current_amount), 0), count(*)""";

    private final JdbcTemplate jdbc;

    ActivityQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> byFiscalYear(String iso3) {
        return lines("select fiscal_year, fiscal_year, null, null, null, " + SUMS
                + " from interchange_activity where country_code = ? group by fiscal_year order by fiscal_year", iso3);
    }

    public List<Line> byManagingAgency(String iso3) {
        return lines("""
                select a.managing_agency_acronym, max(a.managing_agency_name), null, null, max(m.agency_id)::text, %s
                from interchange_activity a
                left join interchange_agency_mapping m on m.parent_acronym = '' and m.source_acronym = a.managing_agency_acronym
                where a.country_code = ? group by a.managing_agency_acronym order by 8 desc, 1""".formatted(SUMS), iso3);
    }

    public List<Line> byAgencyAndBureau(String iso3) {
        return lines("""
                select a.managing_agency_acronym, max(a.managing_agency_name), a.managing_subagency_acronym,
                       max(a.managing_subagency_name), coalesce(max(s.agency_id), max(m.agency_id))::text, %s
                from interchange_activity a
                left join interchange_agency_mapping m on m.parent_acronym = '' and m.source_acronym = a.managing_agency_acronym
                left join interchange_agency_mapping s on s.parent_acronym = a.managing_agency_acronym
                      and s.source_acronym = a.managing_subagency_acronym
                where a.country_code = ? group by a.managing_agency_acronym, a.managing_subagency_acronym
                order by 1, 8 desc, 3""".formatted(SUMS), iso3);
    }

    public List<Line> byFundingAccount(String iso3) {
        return lines("""
                select a.funding_account_id, max(a.funding_account_name), null, null, max(x.authority_short_name), %s
                from interchange_activity a
                left join interchange_account_authority x on x.funding_account_id = a.funding_account_id
                where a.country_code = ? group by a.funding_account_id order by 8 desc, 1""".formatted(SUMS), iso3);
    }

    public List<Line> byPurpose(String iso3) {
        return lines("""
                select international_purpose_code, max(international_purpose_name), international_sector_code,
                       max(international_sector_name), null, %s
                from interchange_activity where country_code = ?
                group by international_purpose_code, international_sector_code order by 8 desc, 1""".formatted(SUMS), iso3);
    }

    public List<Line> byUsSector(String iso3) {
        return lines("""
                select a.us_sector_id, a.us_sector_name, null, null, max(d.capability_domain_code), %s
                from interchange_activity a
                left join interchange_us_sector_domain d on d.us_sector_name = a.us_sector_name
                where a.country_code = ? group by a.us_sector_id, a.us_sector_name order by 8 desc, 2""".formatted(SUMS), iso3);
    }

    public List<Line> byObjective(String iso3) {
        return lines("select assistance_objective_name, assistance_objective_name, null, null, null, " + SUMS
                + " from interchange_activity where country_code = ? group by assistance_objective_name order by 1", iso3);
    }

    public Line overall(String iso3) {
        return lines("select null, null, null, null, null, " + SUMS + " from interchange_activity where country_code = ?",
                iso3).get(0);
    }

    public List<Line> countrySummaryByFiscalYear(String iso3) {
        return lines("select fiscal_year, fiscal_year, null, null, null, " + SUMS
                + " from interchange_country_amount where country_code = ? group by fiscal_year order by fiscal_year", iso3);
    }

    /** Country codes with imported rows: activity rows (obligations) and country-summary rows. */
    public List<Line> countries() {
        return lines("""
                select country_code, null, null, null, null,
                       coalesce(sum(current_amount) filter (where src = 'A' and transaction_type_id = '2'), 0),
                       coalesce(sum(current_amount) filter (where src = 'S' and transaction_type_id = '2'), 0),
                       coalesce(sum(current_amount), 0), count(*) filter (where src = 'A')
                from (select country_code, transaction_type_id, current_amount, 'A' src from interchange_activity
                      union all
                      select country_code, transaction_type_id, current_amount, 'S' from interchange_country_amount) x
                where country_code ~ '^[A-Z]{3}$'
                group by country_code order by country_code""");
    }

    /** Country-summary rows of all countries and regions, by fiscal year. */
    public List<Line> allCountrySummaryByFiscalYear() {
        return lines("select fiscal_year, fiscal_year, null, null, null, " + SUMS
                + " from interchange_country_amount group by fiscal_year order by fiscal_year");
    }

    /** Mapped SSA Planner agencies (bureau mapping, else managing agency mapping) with their obligations. */
    public List<Line> activeAgencies(String iso3) {
        return lines("""
                select coalesce(s.agency_id, m.agency_id)::text, null, null, null, null, %s
                from interchange_activity a
                left join interchange_agency_mapping m on m.parent_acronym = '' and m.source_acronym = a.managing_agency_acronym
                left join interchange_agency_mapping s on s.parent_acronym = a.managing_agency_acronym
                      and s.source_acronym = a.managing_subagency_acronym
                where a.country_code = ? and coalesce(s.agency_id, m.agency_id) is not null
                group by 1 order by 6 desc""".formatted(SUMS), iso3);
    }

    public Page<ActivityRow> activities(String iso3, ActivityFilter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where country_code = ?");
        List<Object> args = new ArrayList<>(List.of(iso3));
        if (present(filter.fiscalYear())) {
            where.append(" and fiscal_year = ?");
            args.add(filter.fiscalYear().trim());
        }
        if (present(filter.agency())) {
            where.append(" and managing_agency_acronym = ?");
            args.add(filter.agency().trim());
        }
        if (present(filter.account())) {
            where.append(" and funding_account_id = ?");
            args.add(filter.account().trim());
        }
        if (present(filter.text())) {
            String like = "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (activity_id ilike ? or activity_name ilike ? or activity_description ilike ?"
                    + " or implementing_partner_name ilike ?)");
            args.addAll(List.of(like, like, like, like));
        }
        long total = jdbc.queryForObject("select count(distinct activity_id) from interchange_activity" + where,
                Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<ActivityRow> rows = jdbc.query("""
                select activity_id, max(activity_name), max(managing_agency_acronym), max(managing_subagency_acronym),
                       string_agg(distinct funding_account_id, ', '), min(fiscal_year), max(fiscal_year),
                       coalesce(sum(current_amount) filter (where transaction_type_id = '2'), 0),
                       coalesce(sum(current_amount) filter (where transaction_type_id = '3'), 0), count(*)
                from interchange_activity""" + where + " group by activity_id order by 8 desc, activity_id limit ? offset ?",
                (rs, n) -> new ActivityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                        rs.getLong(10)), pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * Every activity of the filtered list, in the page's order, handed to {@code each} one by one as PostgreSQL
     * sends them: the rows are fetched through a cursor ({@link #EXPORT_FETCH_SIZE} at a time), so memory stays the
     * same whatever their number. Needs a transaction (pgjdbc only uses a cursor outside auto-commit).
     */
    public void exportActivities(String iso3, ActivityFilter filter, Consumer<ActivityRow> each) {
        List<Object> args = new ArrayList<>();
        String where = exportWhere(iso3, filter, args);
        String sql = """
                select activity_id, max(activity_name), max(managing_agency_acronym), max(managing_subagency_acronym),
                       string_agg(distinct funding_account_id, ', '), min(fiscal_year), max(fiscal_year),
                       coalesce(sum(current_amount) filter (where transaction_type_id = '2'), 0),
                       coalesce(sum(current_amount) filter (where transaction_type_id = '3'), 0), count(*)
                from interchange_activity""" + where + " group by activity_id order by 8 desc, activity_id";
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

    /** The activity filter of the export, as the page applies it. */
    private static String exportWhere(String iso3, ActivityFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where country_code = ?");
        args.add(iso3);
        if (present(filter.fiscalYear())) {
            where.append(" and fiscal_year = ?");
            args.add(filter.fiscalYear().trim());
        }
        if (present(filter.agency())) {
            where.append(" and managing_agency_acronym = ?");
            args.add(filter.agency().trim());
        }
        if (present(filter.account())) {
            where.append(" and funding_account_id = ?");
            args.add(filter.account().trim());
        }
        if (present(filter.text())) {
            String like = "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (activity_id ilike ? or activity_name ilike ? or activity_description ilike ?"
                    + " or implementing_partner_name ilike ?)");
            args.addAll(List.of(like, like, like, like));
        }
        return where.toString();
    }

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

    /** Funding accounts in the imported rows without a known authority, biggest first. */
    public List<Line> unmappedAccounts() {
        return lines("""
                select a.funding_account_id, max(a.funding_account_name), null, null, null, %s
                from interchange_activity a
                where a.funding_account_id is not null and not exists
                    (select 1 from interchange_account_authority x where x.funding_account_id = a.funding_account_id)
                group by a.funding_account_id order by 8 desc, 1""".formatted(SUMS));
    }

    public List<Line> mappedAccounts() {
        return lines("""
                select x.funding_account_id, x.account_name, x.note, null, x.authority_short_name,
                       coalesce(sum(a.current_amount) filter (where a.transaction_type_id = '2'), 0),
                       coalesce(sum(a.current_amount) filter (where a.transaction_type_id = '3'), 0),
                       coalesce(sum(a.current_amount), 0), count(a.id)
                from interchange_account_authority x
                left join interchange_activity a on a.funding_account_id = x.funding_account_id
                group by x.funding_account_id, x.account_name, x.note, x.authority_short_name order by 5, 1""");
    }

    public List<Line> usSectors() {
        return lines("""
                select a.us_sector_id, a.us_sector_name, null, null, max(d.capability_domain_code), %s
                from interchange_activity a
                left join interchange_us_sector_domain d on d.us_sector_name = a.us_sector_name
                where a.us_sector_name is not null
                group by a.us_sector_id, a.us_sector_name order by 5 nulls last, 2""".formatted(SUMS));
    }

    public List<Line> purposeCodes() {
        return lines("""
                select international_purpose_code, max(international_purpose_name), null, null, null, %s
                from interchange_activity where international_purpose_code is not null
                group by international_purpose_code order by 1""".formatted(SUMS));
    }

    private List<Line> lines(String sql, Object... args) {
        return jdbc.query(sql, ActivityQueries::line, args);
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getLong(9));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
