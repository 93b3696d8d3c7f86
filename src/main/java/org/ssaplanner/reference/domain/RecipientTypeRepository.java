package org.ssaplanner.reference.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecipientTypeRepository extends JpaRepository<RecipientType, String> {

    List<RecipientType> findAllByOrderBySortOrder();
}
