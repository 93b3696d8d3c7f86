package org.ssaplanner.plans.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanObjectiveRepository extends JpaRepository<PlanObjective, Long> {

    List<PlanObjective> findByPlanIdOrderById(long planId);
}
