/**
 * Country plans: conductor, participating agencies, objectives and the theory of change, review and approval
 * ({@link org.ssaplanner.plans.PlanService}). The programs of a plan are shown through a view the programs module
 * provides (plans does not depend on programs).
 */
@ApplicationModule(displayName = "Country plans", allowedDependencies = {"accounts", "agencies", "reference", "shared"})
package org.ssaplanner.plans;

import org.springframework.modulith.ApplicationModule;
