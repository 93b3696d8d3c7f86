package org.ssaplanner.authorities.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RestrictionRepository extends JpaRepository<Restriction, Long> {

    boolean existsByCode(String code);

    List<Restriction> findAllByOrderByCode();
}
