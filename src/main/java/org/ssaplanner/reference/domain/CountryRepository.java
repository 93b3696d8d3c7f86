package org.ssaplanner.reference.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CountryRepository extends JpaRepository<Country, Long> {

    @Query("select c from Country c join fetch c.region r left join fetch r.parent order by c.name")
    List<Country> findAllWithRegion();

    Optional<Country> findByAlpha2(String alpha2);

    Optional<Country> findByAlpha3(String alpha3);
}
