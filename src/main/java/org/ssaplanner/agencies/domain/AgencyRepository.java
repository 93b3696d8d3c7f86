package org.ssaplanner.agencies.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    boolean existsByCode(String code);

    /** Every agency's catalogue as rows (agency id, assistance type, capability domain), without loading agencies. */
    @Query("select a.id, c.assistanceTypeCode, c.capabilityDomainCode from Agency a join a.capabilities c")
    List<Object[]> capabilityRows();

    @Override
    @EntityGraph(attributePaths = "parent")
    List<Agency> findAll();
}
