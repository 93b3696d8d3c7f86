package org.ssaplanner.plans;

import java.util.List;

/**
 * What the plan page needs of the programs in a plan. Implemented by the programs module (which
 * depends on plans, not the other way round); absent when no programs module is present.
 */
public interface PlanProgramsView {

    List<PlanProgramRef> programsOfPlan(long planId);

    PortfolioBalance balance(long planId, int startFiscalYear, int endFiscalYear);
}
