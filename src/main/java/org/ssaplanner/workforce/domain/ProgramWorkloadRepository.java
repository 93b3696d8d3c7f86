package org.ssaplanner.workforce.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramWorkloadRepository extends JpaRepository<ProgramWorkload, Long> {

    Optional<ProgramWorkload> findByProgramId(long programId);
}
