package org.ssaplanner.partners.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerUnitRepository extends JpaRepository<PartnerUnit, Long> {

    @EntityGraph(attributePaths = "parent")
    List<PartnerUnit> findByCountryIdOrderByName(long countryId);

    boolean existsByCountryIdAndNameIgnoreCase(long countryId, String name);

    /** Country id and number of units, for every country that has units. */
    @Query("select u.countryId, count(u) from PartnerUnit u group by u.countryId")
    List<Object[]> countByCountry();
}
