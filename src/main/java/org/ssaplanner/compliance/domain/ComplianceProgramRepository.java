package org.ssaplanner.compliance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.compliance.FindingSeverity;

public interface ComplianceProgramRepository extends JpaRepository<ComplianceProgram, Long> {

    @Query("select p.programId from ComplianceProgram p order by p.programId")
    List<Long> allProgramIds();

    @Query("select p.programId from ComplianceProgram p where p.recipientUnitId = :unitId")
    List<Long> programIdsForUnit(@Param("unitId") long unitId);

    @Query("select p.programId from ComplianceProgram p where p.planId = :planId")
    List<Long> programIdsForPlan(@Param("planId") long planId);

    @Query("select f from ComplianceFinding f join fetch f.program p where p.programId in :programIds")
    List<ComplianceFinding> findingsOf(@Param("programIds") Collection<Long> programIds);

    @Query(value = """
            select f from ComplianceFinding f join fetch f.program p
            where (:countryId is null or p.countryId = :countryId)
              and (:restrictionId is null or f.restrictionId = :restrictionId)
              and (:severity is null or f.severity = :severity)
              and (:programId is null or p.programId = :programId)
            order by case when f.severity = org.ssaplanner.compliance.FindingSeverity.BLOCKING then 0
                          when f.severity = org.ssaplanner.compliance.FindingSeverity.WARNING then 1 else 2 end,
                     p.title, p.programId, f.restrictionId
            """,
            countQuery = """
            select count(f) from ComplianceFinding f join f.program p
            where (:countryId is null or p.countryId = :countryId)
              and (:restrictionId is null or f.restrictionId = :restrictionId)
              and (:severity is null or f.severity = :severity)
              and (:programId is null or p.programId = :programId)
            """)
    Page<ComplianceFinding> search(@Param("countryId") Long countryId, @Param("restrictionId") Long restrictionId,
            @Param("severity") FindingSeverity severity, @Param("programId") Long programId, Pageable pageable);
}
