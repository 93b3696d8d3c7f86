package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads of the stored IATI activities for the country picture, in SQL with a fixed number of statements: the
 * publishers of a country with their transactions per type and currency, and the reconciliation with the
 * ForeignAssistance.gov activities of the country.
 */
@Component
public class IatiQueries {

    /** The IATI transaction type compared with FA.gov's obligations (FA.gov Transaction Type ID 2). */
    public static final String OUTGOING_COMMITMENT = "2";
    /** The only currency FA.gov publishes (current US dollars): IATI amounts in another currency are not compared. */
    public static final String USD = "USD";

    private final JdbcTemplate jdbc;

    IatiQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One line per publisher, transaction type and currency (type and currency null for a publisher's activities
     * without transactions); {@code activities} counts the publisher's activities of the country.
     */
    public record PublisherLine(String ref, String name, long activities, String typeCode, String currency,
            long transactions, BigDecimal sum) {
    }

    /** One statement. */
    public List<PublisherLine> publishers(String alpha2) {
        return jdbc.query("""
                with a as (select id, reporting_org_ref, reporting_org_name from interchange_iati_activity
                           where recipient_country = ?),
                n as (select reporting_org_ref, count(*) as activities, max(reporting_org_name) as name from a
                      group by reporting_org_ref)
                select n.reporting_org_ref, n.name, n.activities, t.type_code, t.currency, count(t.id), sum(t.value)
                from n join a on a.reporting_org_ref = n.reporting_org_ref
                left join interchange_iati_transaction t on t.activity_id = a.id
                group by n.reporting_org_ref, n.name, n.activities, t.type_code, t.currency
                order by n.reporting_org_ref, t.type_code, t.currency""",
                (rs, i) -> new PublisherLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getBigDecimal(7)), alpha2);
    }

    /** An FA.gov activity matched with an IATI activity whose obligations and commitments differ. */
    public record Discrepancy(String projectNumber, String identifier, String publisher, BigDecimal obligated,
            BigDecimal committed) {

        public BigDecimal difference() {
            return obligated.subtract(committed);
        }
    }

    /** How many activities matched, how many differ, and one page of those that differ (largest difference first). */
    public record Reconciliation(long matched, long differing, List<Discrepancy> page) {
    }

    /**
     * Matches the country's FA.gov activities (their Activity Project Number) with its IATI activities (their
     * identifier after the publisher's prefix and a hyphen), and compares FA.gov obligations (type 2, current
     * dollars, every fiscal year stored) with IATI outgoing commitments (type 2) in US dollars: one statement.
     */
    public Reconciliation reconcile(String alpha3, String alpha2, int limit, long offset) {
        List<Discrepancy> page = new ArrayList<>();
        long[] counts = new long[2];
        jdbc.query("""
                with iati as (
                    select substr(a.identifier, length(a.reporting_org_ref) + 2) as project_number, a.identifier,
                        a.reporting_org_ref, coalesce(sum(t.value) filter (where t.type_code = ? and t.currency = ?), 0)
                        as committed
                    from interchange_iati_activity a
                    left join interchange_iati_transaction t on t.activity_id = a.id
                    where a.recipient_country = ? and starts_with(a.identifier, a.reporting_org_ref || '-')
                    group by a.id),
                fa as (
                    select activity_project_number as project_number,
                        coalesce(sum(current_amount) filter (where transaction_type_id = '2'), 0) as obligated
                    from interchange_activity
                    where country_code = ? and activity_project_number in (select project_number from iati)
                    group by activity_project_number),
                matched as (
                    select i.project_number, i.identifier, i.reporting_org_ref, f.obligated, i.committed,
                        count(*) over () as matched
                    from iati i join fa f on f.project_number = i.project_number),
                differing as (
                    select m.*, count(*) over () as differing from matched m where m.obligated <> m.committed)
                select * from (
                select null::text as project_number, null::text as identifier, null::text as publisher,
                    null::numeric as obligated, null::numeric as committed, max(m.matched) as matched,
                    (select max(differing) from differing) as differing, 0 as part
                from matched m
                union all
                select * from (select project_number, identifier, reporting_org_ref, obligated, committed, null::bigint,
                        null::bigint, 1 from differing
                    order by abs(obligated - committed) desc, project_number limit ? offset ?) p) u
                order by part, abs(obligated - committed) desc, project_number""", (RowCallbackHandler) rs -> {
                    if (rs.getInt(8) == 0) {
                        counts[0] = rs.getLong(6);
                        counts[1] = rs.getLong(7);
                    } else {
                        page.add(new Discrepancy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                                rs.getBigDecimal(5)));
                    }
                }, OUTGOING_COMMITMENT, USD, alpha2, alpha3, limit, offset);
        return new Reconciliation(counts[0], counts[1], page);
    }
}
