package org.ssaplanner.compliance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.compliance.IncidentStatus;

public interface HumanRightsIncidentRepository extends JpaRepository<HumanRightsIncident, Long> {

    List<HumanRightsIncident> findByUnitIdOrderByIncidentDateDescIdDesc(long unitId);

    /** Units among the given ones with at least one incident in one of the statuses. */
    @Query("select distinct i.unitId from HumanRightsIncident i where i.unitId in :unitIds and i.status in :statuses")
    List<Long> unitsWithStatus(@Param("unitIds") Collection<Long> unitIds,
            @Param("statuses") Collection<IncidentStatus> statuses);

    @Query("select i.unitId, count(i) from HumanRightsIncident i where i.unitId in :unitIds and i.status = :status group by i.unitId")
    List<Object[]> countByUnitAndStatus(@Param("unitIds") Collection<Long> unitIds, @Param("status") IncidentStatus status);

    /** The most recent incident of the unit in one of the statuses (for the finding's reason). */
    List<HumanRightsIncident> findByUnitIdAndStatusInOrderByIncidentDateDesc(long unitId,
            Collection<IncidentStatus> statuses);
}
