package org.ssaplanner.plans.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.ssaplanner.plans.PlanStatus;

/** SQL filters of the plan list. */
public final class PlanSpecifications {

    private PlanSpecifications() {
    }

    public static Specification<CountryPlan> matching(Long countryId, Collection<Long> countryIdsOfRegion,
            PlanStatus status, Long conductorAgencyId, Integer fiscalYear) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (countryId != null) {
                where.add(cb.equal(root.get("countryId"), countryId));
            }
            if (countryIdsOfRegion != null) {
                where.add(countryIdsOfRegion.isEmpty() ? cb.disjunction() : root.get("countryId").in(countryIdsOfRegion));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (conductorAgencyId != null) {
                where.add(cb.equal(root.get("conductorAgencyId"), conductorAgencyId));
            }
            if (fiscalYear != null) {
                where.add(cb.le(root.get("startFiscalYear"), fiscalYear));
                where.add(cb.ge(root.get("endFiscalYear"), fiscalYear));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
