package org.ssaplanner.reference.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssistanceTypeRepository extends JpaRepository<AssistanceType, String> {

    List<AssistanceType> findAllByOrderBySortOrder();
}
