package org.ssaplanner.workforce.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkloadRuleRepository extends JpaRepository<WorkloadRule, Long> {
}
