package org.ssaplanner.concurrence.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcurrenceLogRepository extends JpaRepository<ConcurrenceLogEntry, Long> {

    List<ConcurrenceLogEntry> findByPlanIdOrderByLoggedAtDescIdDesc(long planId);
}
