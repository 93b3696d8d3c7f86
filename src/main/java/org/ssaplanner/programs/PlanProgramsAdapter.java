package org.ssaplanner.programs;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanProgramRef;
import org.ssaplanner.plans.PlanProgramsView;
import org.ssaplanner.plans.PortfolioBalance;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * Gives the plans module the programs of a plan and the portfolio balance, without plans depending
 * on programs. Called from {@code PlanService}, whose methods are already secured.
 */
@Component
@Transactional(readOnly = true)
class PlanProgramsAdapter implements PlanProgramsView {

    private final ProgramRepository programs;
    private final AgencyService agencies;
    private final EntityManager entityManager;

    PlanProgramsAdapter(ProgramRepository programs, AgencyService agencies, EntityManager entityManager) {
        this.programs = programs;
        this.agencies = agencies;
        this.entityManager = entityManager;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<PlanProgramRef> programsOfPlan(long planId) {
        List<ProgramRepository.PlanRow> found = programs.planRows(planId);
        Map<Long, AgencySummary> leads = agencies.byIds(found.stream().map(ProgramRepository.PlanRow::leadAgencyId)
                .collect(Collectors.toSet()));
        return found.stream().map(p -> new PlanProgramRef(p.id(), p.title(),
                leads.containsKey(p.leadAgencyId()) ? leads.get(p.leadAgencyId()).code() : "?",
                p.status().name(), p.primaryCategory(), p.horizon().name())).toList();
    }

    /** Aggregated in SQL: programs and funding (fiscal years of the plan) per primary category and per horizon. */
    @Override
    @PreAuthorize("isAuthenticated()")
    public PortfolioBalance balance(long planId, int startFiscalYear, int endFiscalYear) {
        List<PortfolioBalance.Row> byCategory = rows("primary_category", planId, startFiscalYear, endFiscalYear,
                List.of(ObjectiveCategory.values()).stream().map(Enum::name).toList());
        List<PortfolioBalance.Row> byHorizon = rows("horizon", planId, startFiscalYear, endFiscalYear,
                List.of(Horizon.values()).stream().map(Enum::name).toList());
        return new PortfolioBalance(byCategory, byHorizon);
    }

    private List<PortfolioBalance.Row> rows(String column, long planId, int start, int end, List<String> keys) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = entityManager.createNativeQuery("select p." + column + ", count(distinct p.id),"
                + " coalesce(sum(f.requested), 0), coalesce(sum(f.allocated), 0), coalesce(sum(f.obligated), 0)"
                + " from program p left join program_funding_line f on f.program_id = p.id"
                + " and f.fiscal_year between :start and :end"
                + " where p.plan_id = :planId and p.status <> 'TERMINATED' group by p." + column)
                .setParameter("planId", planId).setParameter("start", start).setParameter("end", end)
                .getResultList();
        Map<String, PortfolioBalance.Row> byKey = new LinkedHashMap<>();
        for (Object[] r : result) {
            byKey.put((String) r[0], new PortfolioBalance.Row((String) r[0], ((Number) r[1]).longValue(),
                    (BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4]));
        }
        List<PortfolioBalance.Row> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(byKey.getOrDefault(key,
                    new PortfolioBalance.Row(key, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return rows;
    }
}
