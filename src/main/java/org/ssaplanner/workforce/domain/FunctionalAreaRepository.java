package org.ssaplanner.workforce.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FunctionalAreaRepository extends JpaRepository<FunctionalArea, Long> {

    List<FunctionalArea> findAllByOrderByRetiredAscNameAsc();

    Optional<FunctionalArea> findByCode(String code);
}
