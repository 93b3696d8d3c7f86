package org.ssaplanner.programs.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyRuleRepository extends JpaRepository<TaxonomyRule, Long> {

    List<TaxonomyRule> findAllByOrderByCategoryAscWeightDescIdAsc();
}
