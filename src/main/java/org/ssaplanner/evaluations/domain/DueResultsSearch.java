package org.ssaplanner.evaluations.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.ssaplanner.shared.CappedPage;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;

/**
 * Results due (issue 13, item 15): indicator periods that ended before a day and have no actual recorded (neither
 * a figure nor a text), on programs that deliver or delivered assistance (active, suspended or completed: a
 * proposed program has delivered nothing to measure yet, a terminated one is closed). One page of rows and one
 * count capped at {@link CappedPage#CAP}, whatever the number of rows; the program's title and status are read
 * from the programs module's table by id (a read-model join, no JPA relation across modules).
 */
@Component
public class DueResultsSearch {

    /** Statuses of the programs whose ended periods wait for their actuals. */
    public static final List<String> PROGRAM_STATUSES = List.of("ACTIVE", "SUSPENDED", "COMPLETED");

    /**
     * The columns the list sorts by (keys in the URL: {@code sort}); the longest overdue first by default, ties by
     * the period's id.
     */
    public static final SortColumns SORTS = SortColumns.tieBreaker("pe.id")
            .ascending("ended", "pe.end_date")
            .ascending("program", "pr.title")
            .ascending("indicator", "i.name")
            .byDefault("ended", false);

    private static final String FROM = " from evaluation_indicator_period pe"
            + " join evaluation_indicator i on i.id = pe.indicator_id"
            + " join program pr on pr.id = i.program_id"
            + " where pe.end_date < :today and pe.actual_value is null and pe.actual_text is null"
            + " and pr.status in (:statuses)";

    private final EntityManager entityManager;

    DueResultsSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A period that waits for its actual. */
    public record Row(long periodId, long indicatorId, String indicatorName, long programId, String programTitle,
            LocalDate startDate, LocalDate endDate, BigDecimal targetValue, String targetText) {
    }

    public Page<Row> search(LocalDate today, ListSort order, Pageable pageable) {
        Query select = entityManager.createNativeQuery("select pe.id, i.id as indicator_id, i.name, i.program_id,"
                + " pr.title, pe.start_date, pe.end_date, pe.target_value, pe.target_text" + FROM
                + " order by " + SORTS.orderBy(order) + " limit :limit offset :offset");
        select.setParameter("today", today);
        select.setParameter("statuses", PROGRAM_STATUSES);
        select.setParameter("limit", pageable.getPageSize());
        select.setParameter("offset", pageable.getOffset());
        @SuppressWarnings("unchecked")
        List<Object[]> found = select.getResultList();
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            rows.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).longValue(), (String) r[4], date(r[5]), date(r[6]), (BigDecimal) r[7],
                    (String) r[8]));
        }
        return CappedPage.of(rows, pageable, limit -> {
            Query count = entityManager.createNativeQuery("select count(*) from (select 1" + FROM
                    + " limit :countLimit) c");
            count.setParameter("today", today);
            count.setParameter("statuses", PROGRAM_STATUSES);
            count.setParameter("countLimit", limit);
            return ((Number) count.getSingleResult()).longValue();
        });
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
