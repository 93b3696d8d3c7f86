package org.ssaplanner.reference.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CapabilityDomainRepository extends JpaRepository<CapabilityDomain, String> {

    List<CapabilityDomain> findAllByOrderBySortOrder();
}
