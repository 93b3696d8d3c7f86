package org.ssaplanner.plans.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.ssaplanner.plans.PlanOutcomeLabel;

public interface PlanOutcomeRepository extends JpaRepository<PlanOutcome, Long> {

    @Query("select distinct o from PlanOutcome o left join fetch o.programIds where o.objectiveId in :objectiveIds order by o.id")
    List<PlanOutcome> findByObjectives(Collection<Long> objectiveIds);

    List<PlanOutcome> findByObjectiveId(long objectiveId);

    @Query("""
            select new org.ssaplanner.plans.PlanOutcomeLabel(o.id, j.id, j.title, o.title, j.category)
              from PlanOutcome o join PlanObjective j on j.id = o.objectiveId
             where j.planId = :planId order by j.id, o.id""")
    List<PlanOutcomeLabel> labelsOfPlan(long planId);
}
