package org.ssaplanner.authorities.domain;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RestrictionRepository extends JpaRepository<Restriction, Long> {

    boolean existsByCode(String code);

    List<Restriction> findAllByOrderByCode();

    /** Every restriction in the given order (the list's sortable columns). */
    List<Restriction> findAllBy(Sort sort);
}
