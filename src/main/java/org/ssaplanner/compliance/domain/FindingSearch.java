package org.ssaplanner.compliance.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.shared.CappedPage;
import org.ssaplanner.shared.SortColumns;

/**
 * The findings list across programs (issue 18, item 3) as SQL built from the filters actually given: each
 * combination is its own statement, so PostgreSQL plans it for what is filtered instead of one generic plan for
 * {@code (:x is null or col = :x)} over every filter. One page of rows in SQL (blocking first, then by program
 * title); the count joins the programs only when the country is filtered, stops at {@link CappedPage#CAP} (“more
 * than 1,000” beyond), and is not run at all when the page itself shows the total (a page that is not full).
 */
@Component
public class FindingSearch {

    /**
     * The columns the list sorts by, as SQL over the finding and its program (keys in the URL: {@code sort}); by
     * severity (blocking first) by default, ties by program title and the finding's key. Country and restriction
     * read their names by id (read-model lookups, as the program's title is).
     */
    public static final SortColumns SORTS = SortColumns.tieBreaker("p.title", "p.program_id", "f.restriction_id")
            .ascending("program", "p.title")
            .ascending("country", "(select c.name from country c where c.id = p.country_id)")
            .ascending("restriction", "(select r.citation from restriction r where r.id = f.restriction_id)")
            .ascending("severity", "case f.severity when 'BLOCKING' then 0 when 'WARNING' then 1 else 2 end")
            .byDefault("severity", false);

    private final EntityManager entityManager;

    FindingSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A finding with its program's title and country. */
    public record Row(long programId, String programTitle, long countryId, long restrictionId,
            FindingSeverity severity, String reason, Long waiverId, LocalDate evaluatedOn) {
    }

    /** {@code pageable}'s sort, if any, names a column of {@link #SORTS} ({@code ListSort.asKeySort()}). */
    public Page<Row> search(Long countryId, Long restrictionId, FindingSeverity severity, Long programId,
            Pageable pageable) {
        return search(countryId, restrictionId, severity, programId, null, pageable);
    }

    /** As above; {@code programStatus} (e.g. ACTIVE) keeps the findings of programs last evaluated in that status. */
    public Page<Row> search(Long countryId, Long restrictionId, FindingSeverity severity, Long programId,
            String programStatus, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> clauses = new ArrayList<>();
        if (countryId != null) {
            clauses.add("p.country_id = :countryId");
            parameters.put("countryId", countryId);
        }
        if (restrictionId != null) {
            clauses.add("f.restriction_id = :restrictionId");
            parameters.put("restrictionId", restrictionId);
        }
        if (severity != null) {
            clauses.add("f.severity = :severity");
            parameters.put("severity", severity.name());
        }
        if (programId != null) {
            clauses.add("f.program_id = :programId");
            parameters.put("programId", programId);
        }
        if (programStatus != null) {
            clauses.add("p.status = :programStatus");
            parameters.put("programStatus", programStatus);
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        Query select = entityManager.createNativeQuery("select f.program_id, p.title, p.country_id, f.restriction_id,"
                + " f.severity, f.reason, f.waiver_id, f.evaluated_on"
                + " from compliance_finding f join compliance_program p on p.program_id = f.program_id" + where
                + " order by " + SORTS.orderBy(SORTS.resolve(pageable.getSort())) + " limit :limit offset :offset");
        parameters.forEach(select::setParameter);
        select.setParameter("limit", pageable.getPageSize());
        select.setParameter("offset", pageable.getOffset());
        @SuppressWarnings("unchecked")
        List<Object[]> found = select.getResultList();
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), FindingSeverity.valueOf((String) r[4]), (String) r[5],
                    r[6] == null ? null : ((Number) r[6]).longValue(), date(r[7])));
        }
        return CappedPage.of(rows, pageable,
                limit -> count(countryId != null || programStatus != null, where, parameters, limit));
    }

    private long count(boolean needsPrograms, String where, Map<String, Object> parameters, long limit) {
        // every finding has its program (foreign key), so the join only matters when the country or status is filtered
        Query count = entityManager.createNativeQuery("select count(*) from (select 1 from compliance_finding f"
                + (needsPrograms ? " join compliance_program p on p.program_id = f.program_id" : "") + where
                + " limit :countLimit) c");
        parameters.forEach(count::setParameter);
        count.setParameter("countLimit", limit);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
