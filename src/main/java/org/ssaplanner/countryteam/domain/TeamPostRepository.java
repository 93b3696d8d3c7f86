package org.ssaplanner.countryteam.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamPostRepository extends JpaRepository<TeamPost, Long> {

    List<TeamPost> findByCountryIdOrderByKindAscNameAsc(long countryId);
}
