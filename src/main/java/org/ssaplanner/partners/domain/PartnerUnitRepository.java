package org.ssaplanner.partners.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerUnitRepository extends JpaRepository<PartnerUnit, Long> {

    @EntityGraph(attributePaths = "parent")
    List<PartnerUnit> findByCountryIdOrderByName(long countryId);

    boolean existsByCountryIdAndNameIgnoreCase(long countryId, String name);
}
