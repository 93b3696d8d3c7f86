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

    /**
     * Aggregated in SQL, one statement for both tables (grouping sets): programs and funding (fiscal years of the
     * plan) per primary category and per horizon. Each program's lines are summed through the (program, fiscal year)
     * index (a lateral sum per program of the plan), so the plan's size, not the table's, sets the cost whatever plan
     * PostgreSQL chooses for the prepared statement (issue 18, item 4).
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    public PortfolioBalance balance(long planId, int startFiscalYear, int endFiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = entityManager.createNativeQuery("select grouping(p.primary_category) = 0,"
                + " coalesce(p.primary_category, p.horizon), count(*), coalesce(sum(f.requested), 0),"
                + " coalesce(sum(f.allocated), 0), coalesce(sum(f.obligated), 0)"
                + " from program p left join lateral (select sum(l.requested) as requested,"
                + " sum(l.allocated) as allocated, sum(l.obligated) as obligated from program_funding_line l"
                + " where l.program_id = p.id and l.fiscal_year between :start and :end) f on true"
                + " where p.plan_id = :planId and p.status <> 'TERMINATED'"
                + " group by grouping sets ((p.primary_category), (p.horizon))")
                .setParameter("planId", planId).setParameter("start", startFiscalYear)
                .setParameter("end", endFiscalYear).getResultList();
        Map<String, PortfolioBalance.Row> byCategory = new LinkedHashMap<>();
        Map<String, PortfolioBalance.Row> byHorizon = new LinkedHashMap<>();
        for (Object[] r : result) {
            String key = (String) r[1];
            PortfolioBalance.Row row = new PortfolioBalance.Row(key, ((Number) r[2]).longValue(), (BigDecimal) r[3],
                    (BigDecimal) r[4], (BigDecimal) r[5]);
            (Boolean.TRUE.equals(r[0]) ? byCategory : byHorizon).put(key, row);
        }
        return new PortfolioBalance(rows(byCategory, List.of(ObjectiveCategory.values()).stream().map(Enum::name).toList()),
                rows(byHorizon, List.of(Horizon.values()).stream().map(Enum::name).toList()));
    }

    private static List<PortfolioBalance.Row> rows(Map<String, PortfolioBalance.Row> byKey, List<String> keys) {
        List<PortfolioBalance.Row> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(byKey.getOrDefault(key,
                    new PortfolioBalance.Row(key, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return rows;
    }
}
