package org.ssaplanner.workforce.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificationRepository extends JpaRepository<Certification, Long> {

    List<Certification> findByPersonIdOrderByCertifiedOnDesc(long personId);
}
