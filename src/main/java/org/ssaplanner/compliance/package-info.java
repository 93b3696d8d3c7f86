/**
 * Compliance: evaluates every restriction against every program and keeps the findings; human-rights
 * (Leahy) records of partner units; the waiver pressure report. Programs are read through the programs API
 * ({@link org.ssaplanner.programs.ProgramFacts}); compliance answers the programs module's
 * {@link org.ssaplanner.programs.ProgramActivationGuard}.
 */
@ApplicationModule(displayName = "Compliance", allowedDependencies = {"authorities",
        "authorities :: condition", "partners", "programs", "reference", "shared"})
package org.ssaplanner.compliance;

import org.springframework.modulith.ApplicationModule;
