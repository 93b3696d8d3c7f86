/**
 * The security-assistance workforce (issue 16): the certification framework as reference data, positions per
 * agency and post, people with their certifications, their assignments to programs per fiscal year, the workload
 * programs need, and capacity against load per plan and across the portfolio
 * ({@link org.ssaplanner.workforce.WorkforceService}, {@link org.ssaplanner.workforce.CapacityService}). A plan's
 * page shows its shortfalls through a {@code shared.web.PageSection} (plans does not depend on this module).
 */
@ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"accounts", "agencies", "plans", "programs", "reference", "shared"})
package org.ssaplanner.workforce;

import org.springframework.modulith.ApplicationModule;
