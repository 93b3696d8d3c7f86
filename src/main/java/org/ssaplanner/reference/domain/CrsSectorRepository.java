package org.ssaplanner.reference.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrsSectorRepository extends JpaRepository<CrsSector, String> {

    List<CrsSector> findAllByOrderByCode();
}
