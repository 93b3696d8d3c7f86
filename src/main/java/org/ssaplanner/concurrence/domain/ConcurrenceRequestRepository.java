package org.ssaplanner.concurrence.domain;

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
}
