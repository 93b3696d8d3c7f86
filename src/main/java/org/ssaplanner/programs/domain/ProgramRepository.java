package org.ssaplanner.programs.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.ReadOncePerRequest;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    /** The programs of a plan as the plan page lists them: one query, no collections loaded. */
    @Query("select new org.ssaplanner.programs.domain.ProgramRepository$PlanRow(p.id, p.title, p.leadAgencyId,"
            + " p.status, p.primaryCategory, p.horizon) from Program p where p.planId = :planId order by p.title, p.id")
    List<PlanRow> planRows(long planId);

    record PlanRow(long id, String title, long leadAgencyId, ProgramStatus status,
            ObjectiveCategory primaryCategory, Horizon horizon) {
    }

    List<Program> findByRecipientUnitIdOrderById(long recipientUnitId);

    List<Program> findByPlanIdOrderById(long planId);

    /** Every program's id, plan and lead agency, without loading programs (portfolio-wide reports). */
    @Query("select new org.ssaplanner.programs.domain.ProgramRepository$PortfolioRow(p.id, p.planId, p.leadAgencyId)"
            + " from Program p")
    List<PortfolioRow> portfolioRows();

    record PortfolioRow(long id, long planId, long leadAgencyId) {
    }

    /** Id and title of the programs among the ids, without loading the entities (issue 18). */
    @Query("select new org.ssaplanner.programs.domain.ProgramRepository$TitleRow(p.id, p.title) from Program p"
            + " where p.id in :ids")
    List<TitleRow> titlesOf(Collection<Long> ids);

    record TitleRow(long id, String title) {
    }

    /** How many of the plan's programs give each assistance type in each of their capability domains. */
    @Query("select new org.ssaplanner.programs.domain.ProgramRepository$NeedRow(p.assistanceTypeCode, d, count(p))"
            + " from Program p join p.capabilityDomainCodes d where p.planId = :planId"
            + " group by p.assistanceTypeCode, d")
    List<NeedRow> capabilityNeeds(long planId);

    record NeedRow(String assistanceTypeCode, String capabilityDomainCode, long programs) {
    }

    @Query("select p.id from Program p order by p.id")
    List<Long> allIds();

    @Query("select new org.ssaplanner.programs.domain.ProgramRepository$Placement(p.planId, p.leadAgencyId)"
            + " from Program p where p.id = :id")
    Optional<Placement> placementOf(long id);

    /**
     * The program's plan and lead agency, which every permission check on it reads (a program page made three such
     * checks): read once per page view (issue 18).
     */
    default Optional<Placement> placementReadOnce(long id) {
        return ReadOncePerRequest.get("program.placement." + id, () -> placementOf(id));
    }

    record Placement(long planId, long leadAgencyId) {
    }

    /** Those of the programs led by the agency or in a plan the user conducts (the plans module's table in SQL). */
    @Query(value = "select p.id from program p join country_plan cp on cp.id = p.plan_id where p.id in (:ids)"
            + " and (p.lead_agency_id = :agencyId or cp.conductor_user_id = :userId)", nativeQuery = true)
    List<Long> responsibleAmong(@Param("ids") Collection<Long> ids,
            @Param("agencyId") long agencyId,
            @Param("userId") long userId);

    /**
     * Is any program led by the agency or in a plan the user conducts? Two index probes (lead agency, conductor), not
     * the program search with its count (the waiver list asked it on every view to show its request button).
     */
    @Query(value = "select exists (select 1 from program p where p.lead_agency_id = :agencyId)"
            + " or exists (select 1 from program p join country_plan cp on cp.id = p.plan_id"
            + " where cp.conductor_user_id = :userId)", nativeQuery = true)
    boolean anyResponsible(@Param("agencyId") long agencyId, @Param("userId") long userId);
}
