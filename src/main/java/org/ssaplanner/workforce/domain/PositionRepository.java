package org.ssaplanner.workforce.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("select p from Position p where (:agencyId is null or p.agencyId = :agencyId)")
    Page<Position> search(@Param("agencyId") Long agencyId, Pageable pageable);
}
