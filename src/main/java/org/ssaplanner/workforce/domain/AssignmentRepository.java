package org.ssaplanner.workforce.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.ssaplanner.workforce.AssignmentRole;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    boolean existsByPersonIdAndProgramIdAndFiscalYearAndRole(long personId, long programId, int fiscalYear,
            AssignmentRole role);

    boolean existsByPositionIdAndProgramIdAndFiscalYearAndRole(long positionId, long programId, int fiscalYear,
            AssignmentRole role);
}
