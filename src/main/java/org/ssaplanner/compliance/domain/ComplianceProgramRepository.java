package org.ssaplanner.compliance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComplianceProgramRepository extends JpaRepository<ComplianceProgram, Long> {

    @Query("select p.programId from ComplianceProgram p order by p.programId")
    List<Long> allProgramIds();

    @Query("select p.programId from ComplianceProgram p where p.recipientUnitId = :unitId")
    List<Long> programIdsForUnit(@Param("unitId") long unitId);

    @Query("select p.programId from ComplianceProgram p where p.planId = :planId")
    List<Long> programIdsForPlan(@Param("planId") long planId);

    /** The status each program of the plan had when last evaluated: [programId, status]. */
    @Query("select p.programId, p.status from ComplianceProgram p where p.planId = :planId")
    List<Object[]> statusesOfPlan(@Param("planId") long planId);

    @Query("select f from ComplianceFinding f join fetch f.program p where p.programId in :programIds")
    List<ComplianceFinding> findingsOf(@Param("programIds") Collection<Long> programIds);
}
