package org.ssaplanner.plans.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanOutcomeRepository extends JpaRepository<PlanOutcome, Long> {

    @Query("select distinct o from PlanOutcome o left join fetch o.programIds where o.objectiveId in :objectiveIds order by o.id")
    List<PlanOutcome> findByObjectives(Collection<Long> objectiveIds);

    List<PlanOutcome> findByObjectiveId(long objectiveId);
}
