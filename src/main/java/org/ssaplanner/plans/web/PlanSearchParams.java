package org.ssaplanner.plans.web;

import org.springframework.data.domain.Sort;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;

/**
 * The query parameters of the plan list ({@code /plans?country=3&status=DRAFT&sort=title&dir=asc}), bound by Spring;
 * the names are part of the URL and stay as they are. {@code sort} is one of updated, title, fy, status (anything
 * else: updated), {@code dir} asc or desc (anything else: desc).
 */
record PlanSearchParams(Long country, Long region, PlanStatus status, Long agency, Integer fy, String sort,
        String dir) {

    /** The sortable columns (entity properties of the plan); ties broken by id so that pages do not overlap. */
    static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .ascending("title", "title")
            .ascending("fy", "startFiscalYear")
            .ascending("status", "status")
            .descending("updated", "updatedAt")
            .withoutDirection(true)
            .byDefault("updated", true);

    PlanFilter toFilter() {
        return new PlanFilter(country, region, status, agency, fy);
    }

    ListSort listSort() {
        return SORTS.resolve(sort, dir);
    }

    /** The sort key shown in the form: one of {@link #SORTS}. */
    String sortKey() {
        return listSort().column();
    }

    String direction() {
        return listSort().dir();
    }

    /** The order of the rows; ties broken by id so that pages do not overlap. */
    Sort order() {
        return SORTS.toSort(listSort());
    }
}
