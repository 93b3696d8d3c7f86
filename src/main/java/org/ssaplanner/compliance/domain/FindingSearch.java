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
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;

/**
 * The findings list across programs (issue 18, items 3) as SQL built from the filters actually given: each
 * combination is its own statement, so PostgreSQL plans it for what is filtered instead of one generic plan for
 * {@code (:x is null or col = :x)} over every filter. Each finding carries its sort keys (its severity rank and its
 * program's title and country, kept equal to {@code compliance_program} by triggers: migration
 * {@code V202612020400}), so a page is read through an index in the order shown (one index per filter and per
 * sort), without the join with the programs and without sorting every finding. The country and restriction sorts
 * walk the countries (restrictions) in name order and read each one's findings through its (country, title)
 * index, at most as many as the page needs. The count stops at {@link CappedPage#CAP} (more than 1,000 beyond) and
 * is not run at all when the page itself shows the total (a page that is not full).
 */
@Component
public class FindingSearch {

    /**
     * The columns the list sorts by (keys in the URL: {@code sort}); by severity (blocking first) by default, ties
     * by program title, program and restriction. Country and restriction order by the name of the group the rows
     * are read in ({@code g}: countries by name, restrictions by citation).
     */
    public static final SortColumns SORTS = SortColumns
            .tieBreaker("f.program_title", "f.program_id", "f.restriction_id")
            .ascending("program", "f.program_title")
            .ascending("country", "g.name")
            .ascending("restriction", "g.citation")
            .ascending("severity", "f.severity_rank")
            .byDefault("severity", false);

    private static final String COLUMNS = "f.program_id, f.program_title, f.country_id, f.restriction_id,"
            + " f.severity, f.reason, f.waiver_id, f.evaluated_on";

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
            clauses.add("f.country_id = :countryId");
            parameters.put("countryId", countryId);
        }
        if (restrictionId != null) {
            clauses.add("f.restriction_id = :restrictionId");
            parameters.put("restrictionId", restrictionId);
        }
        if (severity != null) {
            // the rank first: the range of the ordering index; the severity within it (two share rank 2)
            clauses.add("f.severity_rank = :severityRank and f.severity = :severity");
            parameters.put("severityRank", rank(severity));
            parameters.put("severity", severity.name());
        }
        if (programId != null) {
            clauses.add("f.program_id = :programId");
            parameters.put("programId", programId);
        }
        if (programStatus != null) {
            clauses.add("exists (select 1 from compliance_program p where p.program_id = f.program_id"
                    + " and p.status = :programStatus)");
            parameters.put("programStatus", programStatus);
        }
        ListSort sort = SORTS.resolve(pageable.getSort());
        String orderBy = SORTS.orderBy(sort);
        String direction = sort.descending() ? " desc" : " asc";
        String sql;
        boolean grouped = true;
        if ("country".equals(sort.column())) {
            sql = grouped("(select c.id, c.name from country c order by c.name" + direction + ") g",
                    "f.country_id = g.id", "f.program_title, f.program_id, f.restriction_id", clauses, orderBy);
        } else if ("restriction".equals(sort.column())) {
            sql = grouped("(select r.id, r.citation from restriction r order by r.citation" + direction + ") g",
                    "f.restriction_id = g.id", "f.program_title, f.program_id", clauses, orderBy);
        } else {
            grouped = false;
            sql = "select " + COLUMNS + " from compliance_finding f" + where(clauses) + " order by " + orderBy
                    + " limit :limit offset :offset";
        }
        Query select = entityManager.createNativeQuery(sql);
        parameters.forEach(select::setParameter);
        select.setParameter("limit", pageable.getPageSize());
        select.setParameter("offset", pageable.getOffset());
        if (grouped) {
            select.setParameter("groupLimit", pageable.getOffset() + pageable.getPageSize());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = select.getResultList();
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), FindingSeverity.valueOf((String) r[4]), (String) r[5],
                    r[6] == null ? null : ((Number) r[6]).longValue(), date(r[7])));
        }
        return CappedPage.of(rows, pageable, limit -> count(where(clauses), parameters, limit));
    }

    /**
     * The rows of a page read group by group ({@code groups}: ordered by the sort column), each group's findings
     * through its index in title order and at most as many as the page needs; PostgreSQL then sorts only within
     * the groups it reached (an incremental sort on the presorted group name) and stops at the page.
     */
    private static String grouped(String groups, String joinClause, String groupOrder, List<String> clauses,
            String orderBy) {
        List<String> inner = new ArrayList<>();
        inner.add(joinClause);
        inner.addAll(clauses);
        return "select f.* from " + groups + " cross join lateral (select " + COLUMNS
                + " from compliance_finding f" + where(inner) + " order by " + groupOrder
                + " limit :groupLimit) f order by " + orderBy + " limit :limit offset :offset";
    }

    private static String where(List<String> clauses) {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** The stored {@code severity_rank} (a generated column): blocking 0, warning 1, satisfied 2. */
    static int rank(FindingSeverity severity) {
        return switch (severity) {
            case BLOCKING -> 0;
            case WARNING -> 1;
            default -> 2;
        };
    }

    private long count(String where, Map<String, Object> parameters, long limit) {
        Query count = entityManager.createNativeQuery("select count(*) from (select 1 from compliance_finding f"
                + where + " limit :countLimit) c");
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
