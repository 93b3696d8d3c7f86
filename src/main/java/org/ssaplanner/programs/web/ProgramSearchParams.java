package org.ssaplanner.programs.web;

import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.ProgramFilter;
import org.ssaplanner.programs.ProgramSearchService;
import org.ssaplanner.programs.ProgramSort;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.ListSort;

/**
 * The query parameters of the program search ({@code /programs?country=CO&agency=3&q=...}), bound by Spring; the
 * names are part of the URL and stay as they are. {@code country} is an ISO alpha-2 code, {@code fy} a fiscal year,
 * {@code q} free text; absent or blank = any (text arrives trimmed, blank as null: TrimmedText). {@code sort} is
 * a column ({@link ProgramSort}: an unknown one is a bad request, as it always was), {@code dir} asc or desc
 * (anything else: the column's first direction, as the list was before {@code dir} existed).
 */
record ProgramSearchParams(String country, Long agency, Long authority, String assistanceType, String recipientType,
        String domain, ObjectiveCategory category, ProgramStatus status, Horizon horizon, Integer fy, String q,
        ProgramSort sort, String dir) {

    ProgramFilter toFilter() {
        return new ProgramFilter(country, agency, authority, assistanceType, recipientType, domain, category, status,
                horizon, fy, q);
    }

    /** Most recently updated first unless another order is asked for. */
    ProgramSort sortOrDefault() {
        return sort == null ? ProgramSort.UPDATED : sort;
    }

    /** The order of the rows: the column and direction; ties by id. */
    ListSort order() {
        return ProgramSearchService.order(sortOrDefault(), dir);
    }
}
