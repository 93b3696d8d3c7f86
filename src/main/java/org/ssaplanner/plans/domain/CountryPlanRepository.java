package org.ssaplanner.plans.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.ssaplanner.plans.PlanStatus;

public interface CountryPlanRepository extends JpaRepository<CountryPlan, Long>, JpaSpecificationExecutor<CountryPlan> {

    /** Every plan's id and country, without loading plans (portfolio-wide reports). */
    @Query("select p.id, p.countryId from CountryPlan p")
    List<Object[]> idsAndCountries();

    @Query("select p.status from CountryPlan p where p.id = :id")
    List<PlanStatus> statusOf(long id);

    @Query("select p.conductorUserId from CountryPlan p where p.id = :id")
    List<Long> conductorOf(long id);

    @Query("select count(p) > 0 from CountryPlan p join p.participatingAgencyIds a where p.id = :id and a = :agencyId")
    boolean participates(long id, long agencyId);

    @Query("select distinct p from CountryPlan p left join fetch p.participatingAgencyIds where p.id in :ids")
    List<CountryPlan> findWithAgencies(Collection<Long> ids);
}
