package org.ssaplanner.concurrence.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.concurrence.InvitationStatus;

public interface ConcurrenceInvitationRepository extends JpaRepository<ConcurrenceInvitation, Long> {

    /** The plan's invitations, newest first. */
    List<ConcurrenceInvitation> findByPlanIdOrderByInvitedAtDescIdDesc(long planId);

    Optional<ConcurrenceInvitation> findByPlanIdAndAgencyIdAndStatus(long planId, long agencyId,
            InvitationStatus status);

    /** Pending invitations of the plan whose agency is no longer among these (removed from the plan). */
    @Query("select i from ConcurrenceInvitation i where i.planId = :planId and i.status = 'PENDING'"
            + " and i.agencyId not in :participating")
    List<ConcurrenceInvitation> pendingOutside(@Param("planId") long planId,
            @Param("participating") Collection<Long> participating);
}
