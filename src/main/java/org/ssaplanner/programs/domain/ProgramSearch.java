package org.ssaplanner.programs.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.ssaplanner.shared.CappedPage;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;

/**
 * The program search across plans as two SQL statements (one page of rows, one count capped at
 * {@link CappedPage#CAP}), whatever the result size: filters only add WHERE clauses (EXISTS on the link tables),
 * full text uses the {@code search_vector} column and its GIN index, the funding total is a correlated aggregate
 * over the page's rows only.
 * The country filter and the plan title read {@code country_plan} (the plans module's table) in SQL:
 * a read-model join, no JPA relation across modules.
 */
@Component
public class ProgramSearch {

    private final EntityManager entityManager;

    ProgramSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * {@code responsibleAgencyId}/{@code responsibleUserId}: only programs led by that agency or in a plan that
     * user conducts (null = no such limit).
     */
    public record Criteria(Long countryId, Long agencyId, Long authorityId, String assistanceTypeCode,
            String recipientTypeCode, String capabilityDomainCode, String category, String status, String horizon,
            Integer fiscalYear, String text, Long responsibleAgencyId, Long responsibleUserId) {

        public Criteria(Long countryId, Long agencyId, Long authorityId, String assistanceTypeCode,
                String recipientTypeCode, String capabilityDomainCode, String category, String status, String horizon,
                Integer fiscalYear, String text) {
            this(countryId, agencyId, authorityId, assistanceTypeCode, recipientTypeCode, capabilityDomainCode,
                    category, status, horizon, fiscalYear, text, null, null);
        }

        public Criteria responsible(long agencyId, long userId) {
            return new Criteria(countryId, this.agencyId, authorityId, assistanceTypeCode, recipientTypeCode,
                    capabilityDomainCode, category, status, horizon, fiscalYear, text, agencyId, userId);
        }
    }

    public record Row(long id, String title, long planId, String planTitle, long countryId, long leadAgencyId,
            String assistanceTypeCode, String primaryCategory, String horizon, String status, LocalDate startDate,
            LocalDate endDate, BigDecimal allocated) {
    }

    /**
     * The columns the list may be sorted by (keys as {@code ProgramSort} names them, part of the URL), each an SQL
     * expression over the inner query's tables; country and lead agency read the reference and agency tables by id
     * (a read-model lookup, as the plan title is). Ties: the program id.
     */
    public static final SortColumns SORTS = SortColumns.tieBreaker("p.id")
            .ascending("TITLE", "p.title")
            .ascending("COUNTRY", "(select c.name from country c where c.id = cp.country_id)")
            .ascending("LEAD", "(select a.code from agency a where a.id = p.lead_agency_id)")
            .ascending("CATEGORY", "p.primary_category")
            .ascending("HORIZON", "p.horizon")
            .ascending("STATUS", "p.status")
            .ascending("START", "p.start_date")
            .descending("UPDATED", "p.updated_at")
            .byDefault("UPDATED", true);

    public Page<Row> search(Criteria criteria, ListSort order, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        String from = " from program p join country_plan cp on cp.id = p.plan_id";
        // the page's rows first (index order, limit/offset), then the funding total of those rows only: a deep
        // page no longer sums the lines of every row it skips (issue 18, item 6)
        Query select = entityManager.createNativeQuery("select q.id, q.title, q.plan_id, q.plan_title, q.country_id,"
                + " q.lead_agency_id, q.assistance_type_code, q.primary_category, q.horizon, q.status, q.start_date,"
                + " q.end_date, coalesce((select sum(f.allocated) from program_funding_line f"
                + " where f.program_id = q.id), 0)"
                + " from (select p.id, p.title, p.plan_id, cp.title as plan_title, cp.country_id, p.lead_agency_id,"
                + " p.assistance_type_code, p.primary_category, p.horizon, p.status, p.start_date, p.end_date,"
                + " " + SORTS.expression(order) + " as sort_key" + from + where + " order by " + SORTS.orderBy(order)
                + " limit :limit offset :offset) q"
                + " order by q.sort_key " + (order.descending() ? "desc" : "asc") + ", q.id asc");
        parameters.forEach(select::setParameter);
        select.setParameter("limit", pageable.getPageSize());
        select.setParameter("offset", pageable.getOffset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<Row> content = new ArrayList<>();
        for (Object[] r : rows) {
            content.add(new Row(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), (String) r[6], (String) r[7],
                    (String) r[8], (String) r[9], date(r[10]), date(r[11]), (BigDecimal) r[12]));
        }
        // counted up to a cap (a broad search matches tens of thousands): "more than 1,000" beyond it
        return CappedPage.of(content, pageable, limit -> {
            Query count = entityManager.createNativeQuery("select count(*) from (select 1" + from + where
                    + " limit :countLimit) c");
            parameters.forEach(count::setParameter);
            count.setParameter("countLimit", limit);
            return ((Number) count.getSingleResult()).longValue();
        });
    }

    private static String where(Criteria c, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        if (c.countryId() != null) {
            clauses.add("cp.country_id = :countryId");
            parameters.put("countryId", c.countryId());
        }
        if (c.responsibleAgencyId() != null) {
            clauses.add("(p.lead_agency_id = :responsibleAgencyId or cp.conductor_user_id = :responsibleUserId)");
            parameters.put("responsibleAgencyId", c.responsibleAgencyId());
            parameters.put("responsibleUserId", c.responsibleUserId());
        }
        if (c.agencyId() != null) {
            clauses.add("(p.lead_agency_id = :agencyId or exists (select 1 from program_supporting_agency sa"
                    + " where sa.program_id = p.id and sa.agency_id = :agencyId))");
            parameters.put("agencyId", c.agencyId());
        }
        if (c.authorityId() != null) {
            clauses.add("exists (select 1 from program_authority pa where pa.program_id = p.id"
                    + " and pa.authority_id = :authorityId)");
            parameters.put("authorityId", c.authorityId());
        }
        if (c.assistanceTypeCode() != null) {
            clauses.add("p.assistance_type_code = :assistanceType");
            parameters.put("assistanceType", c.assistanceTypeCode());
        }
        if (c.recipientTypeCode() != null) {
            clauses.add("p.recipient_type_code = :recipientType");
            parameters.put("recipientType", c.recipientTypeCode());
        }
        if (c.capabilityDomainCode() != null) {
            clauses.add("exists (select 1 from program_capability_domain pd where pd.program_id = p.id"
                    + " and pd.capability_domain_code = :domain)");
            parameters.put("domain", c.capabilityDomainCode());
        }
        if (c.category() != null) {
            clauses.add("exists (select 1 from program_objective_category pc where pc.program_id = p.id"
                    + " and pc.category = :category)");
            parameters.put("category", c.category());
        }
        if (c.status() != null) {
            clauses.add("p.status = :status");
            parameters.put("status", c.status());
        }
        if (c.horizon() != null) {
            clauses.add("p.horizon = :horizon");
            parameters.put("horizon", c.horizon());
        }
        if (c.fiscalYear() != null) {
            clauses.add("exists (select 1 from program_funding_line fy where fy.program_id = p.id"
                    + " and fy.fiscal_year = :fiscalYear)");
            parameters.put("fiscalYear", c.fiscalYear());
        }
        if (c.text() != null && !c.text().isBlank()) {
            clauses.add("p.search_vector @@ websearch_to_tsquery('english', :text)");
            parameters.put("text", c.text().trim());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
