package org.ssaplanner.compliance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssistanceSuspensionRepository extends JpaRepository<AssistanceSuspension, Long> {

    List<AssistanceSuspension> findByProgramIdOrderBySuspendedAtDesc(long programId);

    Optional<AssistanceSuspension> findByProgramIdAndEndedAtIsNull(long programId);

    List<AssistanceSuspension> findByProgramIdInAndEndedAtIsNull(Collection<Long> programIds);

    /** The blocking findings of a plan's programs with their program (one statement). */
    @Query("select f from ComplianceFinding f join fetch f.program p where p.planId = :planId"
            + " and f.severity = org.ssaplanner.compliance.FindingSeverity.BLOCKING order by p.title, p.programId")
    List<ComplianceFinding> blockingFindingsOfPlan(@Param("planId") long planId);

    /** Active programs with a blocking finding, across the portfolio (an alarm each: they must be suspended). */
    @Query("select distinct p.programId from ComplianceFinding f join f.program p"
            + " where f.severity = org.ssaplanner.compliance.FindingSeverity.BLOCKING and p.status = 'ACTIVE'")
    List<Long> activeBlockedProgramIds();
}
