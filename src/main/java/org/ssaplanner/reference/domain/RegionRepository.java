package org.ssaplanner.reference.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegionRepository extends JpaRepository<Region, Long> {

    boolean existsByNameIgnoreCase(String name);

    /** Region id to number of countries placed directly in it. */
    @Query("select c.region.id, count(c) from Country c group by c.region.id")
    List<Object[]> countryCounts();
}
