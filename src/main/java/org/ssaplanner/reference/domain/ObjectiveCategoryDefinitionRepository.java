package org.ssaplanner.reference.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveCategoryDefinitionRepository extends JpaRepository<ObjectiveCategoryDefinition, String> {

    List<ObjectiveCategoryDefinition> findAllByOrderBySortOrder();
}
