package org.ssaplanner.evaluations;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssaplanner.evaluations.domain.DueResultsSearch;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.database.ReportQuery;

/**
 * Results due across the portfolio (issue 13, item 15). The model has no due date for evaluations, so what is due
 * is derived from data that exists: an indicator period whose end date has passed (before today, UTC) with no
 * actual recorded, on an active, suspended or completed program. Each such period is one thing an evaluator can
 * do now (record the actual on the program's targets and actuals), its end date says how overdue it is, and the
 * count falls as actuals are entered; a rule such as no evaluation in N months would need a cadence the data does
 * not hold.
 */
@Service
@ReportQuery
public class DueResultsService {

    private final DueResultsSearch search;
    private final ObjectProvider<Clock> clock;

    DueResultsService(DueResultsSearch search, ObjectProvider<Clock> clock) {
        this.search = search;
        this.clock = clock;
    }

    /** The order of the list asked for by the URL's {@code sort} and {@code dir} (whitelisted). */
    public static ListSort order(String sort, String dir) {
        return DueResultsSearch.SORTS.resolve(sort, dir);
    }

    /** The default order: the longest overdue first. */
    public static ListSort defaultOrder() {
        return DueResultsSearch.SORTS.defaultSort();
    }

    @PreAuthorize("isAuthenticated()")
    public Page<DueResult> due(ListSort order, Pageable pageable) {
        LocalDate today = LocalDate.now(clock.getIfAvailable(Clock::systemUTC));
        return search.search(today, order, pageable).map(r -> new DueResult(r.periodId(), r.indicatorId(),
                r.indicatorName(), r.programId(), r.programTitle(), r.startDate(), r.endDate(),
                r.targetValue() != null ? MeasureValue.ofNumber(r.targetValue())
                        : r.targetText() == null ? null : MeasureValue.ofText(r.targetText())));
    }
}
