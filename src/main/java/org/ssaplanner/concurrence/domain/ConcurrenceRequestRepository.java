package org.ssaplanner.concurrence.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcurrenceRequestRepository extends JpaRepository<ConcurrenceRequest, Long> {

    List<ConcurrenceRequest> findByReviewIdOrderById(long reviewId);

    Optional<ConcurrenceRequest> findByReviewIdAndAgencyId(long reviewId, long agencyId);
}
