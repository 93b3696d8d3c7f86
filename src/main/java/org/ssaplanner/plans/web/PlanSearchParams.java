package org.ssaplanner.plans.web;

import org.springframework.data.domain.Sort;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;

/**
 * The query parameters of the plan list ({@code /plans?country=COL&status=DRAFT&sort=title&dir=asc}), bound by
 * Spring; the names are part of the URL and stay as they are. {@code country} is an ISO code (alpha-3, or alpha-2) or,
 * in older links, the country's internal id. {@code sort} is one of updated, title, fy, status (anything
 * else: updated), {@code dir} asc or desc (anything else: desc).
 */
record PlanSearchParams(String country, Long region, PlanStatus status, Long agency, Integer fy, String sort,
        String dir) {

    /** The sortable columns (entity properties of the plan); ties broken by id so that pages do not overlap. */
    static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .ascending("title", "title")
            .ascending("fy", "startFiscalYear")
            .ascending("status", "status")
            .descending("updated", "updatedAt")
            .withoutDirection(true)
            .byDefault("updated", true);

    /** The filter, with the country the {@code country} parameter names (its id; null for any). */
    PlanFilter toFilter(Long countryId) {
        return new PlanFilter(countryId, region, status, agency, fy);
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
