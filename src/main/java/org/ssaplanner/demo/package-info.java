/**
 * Demo data for embedded mode ({@code ssa.demo.enabled}): sample users, country plans, programs and waivers, created
 * through the other modules' APIs on the first start. Depends on the modules it seeds; nothing depends on it.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"accounts", "agencies",
        "authorities", "concurrence", "countryteam", "evaluations", "partners", "plans", "portfolio", "programs", "reference", "shared", "workforce"})
package org.ssaplanner.demo;

import org.springframework.modulith.ApplicationModule;
