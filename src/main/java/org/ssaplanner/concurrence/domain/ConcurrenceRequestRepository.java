package org.ssaplanner.concurrence.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConcurrenceRequestRepository extends JpaRepository<ConcurrenceRequest, Long> {

    List<ConcurrenceRequest> findByReviewIdOrderById(long reviewId);

    Optional<ConcurrenceRequest> findByReviewIdAndAgencyId(long reviewId, long agencyId);

    /** Open requests of the agency that wait for its answer (reviews not closed, requests not withdrawn). */
    @Query("select count(r) from ConcurrenceRequest r, ConcurrenceReview v where v.id = r.reviewId"
            + " and v.closedAt is null and r.agencyId = :agencyId and r.answer is null and r.withdrawnAt is null")
    long countAwaitingAnswer(@Param("agencyId") long agencyId);

    /** Requests still unanswered in open reviews whose due date is before the day: planId, reviewId, agencyId, due. */
    @Query("select v.planId, v.id, r.agencyId, v.dueDate from ConcurrenceRequest r, ConcurrenceReview v"
            + " where v.id = r.reviewId and v.closedAt is null and v.dueDate < :day and r.answer is null"
            + " and r.withdrawnAt is null order by v.planId, r.agencyId")
    List<Object[]> unansweredDueBefore(@Param("day") LocalDate day);
}
