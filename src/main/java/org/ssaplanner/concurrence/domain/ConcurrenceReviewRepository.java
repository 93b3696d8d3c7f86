package org.ssaplanner.concurrence.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConcurrenceReviewRepository extends JpaRepository<ConcurrenceReview, Long> {

    @Query("select r from ConcurrenceReview r where r.planId = :planId and r.closedAt is null")
    Optional<ConcurrenceReview> findOpen(long planId);

    List<ConcurrenceReview> findByPlanIdOrderByRoundNumberDesc(long planId);

    @Query("select coalesce(max(r.roundNumber), 0) from ConcurrenceReview r where r.planId = :planId")
    int lastRound(long planId);

    /**
     * Per open review of these plans: plan id, requests, concurred, non-concurrences, unanswered, due date (rows of
     * plans without an open review are missing).
     */
    @Query("""
            select r.planId, count(q),
                   sum(case when q.answer = org.ssaplanner.concurrence.ConcurrenceAnswer.CONCUR
                              or q.answer = org.ssaplanner.concurrence.ConcurrenceAnswer.CONCUR_WITH_COMMENTS
                            then 1 else 0 end),
                   sum(case when q.answer = org.ssaplanner.concurrence.ConcurrenceAnswer.NON_CONCUR then 1 else 0 end),
                   sum(case when q.answer is null then 1 else 0 end),
                   r.dueDate
            from ConcurrenceReview r join ConcurrenceRequest q on q.reviewId = r.id
            where r.planId in :planIds and r.closedAt is null and q.withdrawnAt is null
            group by r.planId, r.dueDate
            """)
    List<Object[]> progressOfOpenReviews(Collection<Long> planIds);
}
