package org.ssaplanner.plans.web;

import java.util.Map;
import org.springframework.data.domain.Sort;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanStatus;

/**
 * The query parameters of the plan list ({@code /plans?country=3&status=DRAFT&sort=title&dir=asc}), bound by Spring;
 * the names are part of the URL and stay as they are. {@code sort} is one of updated, title, fy, status (anything
 * else: updated), {@code dir} asc or desc (anything else: desc).
 */
record PlanSearchParams(Long country, Long region, PlanStatus status, Long agency, Integer fy, String sort,
        String dir) {

    private static final Map<String, String> SORTS = Map.of("title", "title", "fy", "startFiscalYear", "status",
            "status", "updated", "updatedAt");

    PlanFilter toFilter() {
        return new PlanFilter(country, region, status, agency, fy);
    }

    /** The sort key shown in the form: one of {@link #SORTS}. */
    String sortKey() {
        return sort != null && SORTS.containsKey(sort) ? sort : "updated";
    }

    String direction() {
        return "asc".equals(dir) ? "asc" : "desc";
    }

    /** The order of the rows; ties broken by id so that pages do not overlap. */
    Sort order() {
        return Sort.by("asc".equals(direction()) ? Sort.Direction.ASC : Sort.Direction.DESC, SORTS.get(sortKey()))
                .and(Sort.by("id"));
    }
}
