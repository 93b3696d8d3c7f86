package org.ssaplanner.concurrence.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConcurrenceSnapshotRepository extends JpaRepository<ConcurrenceSnapshot, Long> {

    Optional<ConcurrenceSnapshot> findByReviewIdAndAgencyId(long reviewId, long agencyId);

    /** The agency's snapshots of the plan, newest first. */
    List<ConcurrenceSnapshot> findByPlanIdAndAgencyIdOrderByTakenAtDescIdDesc(long planId, long agencyId);

    /** Agencies with a snapshot of the plan taken in another review than this one (one statement). */
    @Query("select distinct s.agencyId from ConcurrenceSnapshot s where s.planId = :planId"
            + " and s.reviewId <> :reviewId")
    List<Long> agenciesWithEarlierSnapshot(@Param("planId") long planId, @Param("reviewId") long reviewId);
}
