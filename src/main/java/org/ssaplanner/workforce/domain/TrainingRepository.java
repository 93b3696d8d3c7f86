package org.ssaplanner.workforce.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingRepository extends JpaRepository<Training, Long> {

    List<Training> findByPersonIdOrderByCompletedOnDescIdDesc(long personId);
}
