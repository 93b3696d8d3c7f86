package org.ssaplanner.workforce.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificationLevelRepository extends JpaRepository<CertificationLevel, Long> {

    List<CertificationLevel> findAllByOrderBySchemeAscRetiredAscRankAsc();

    Optional<CertificationLevel> findBySchemeAndCode(String scheme, String code);
}
