package org.ssaplanner.agencies.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    boolean existsByCode(String code);

    @Override
    @EntityGraph(attributePaths = "parent")
    List<Agency> findAll();
}
