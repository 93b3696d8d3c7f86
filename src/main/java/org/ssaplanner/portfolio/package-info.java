/**
 * The portfolio review (issue 15): what each objective and partner country is worth (priority), what each program's
 * outcome evidence says (performance), what could go wrong (risk, factor by factor, with the partner's governance,
 * conflict and military burden from real data) and what competitors deliver (competition), turned by rules kept as
 * data into a recommendation (sustain, revamp, cut or experiment) that a reviewer accepts or overrules in a portfolio
 * review, with the reasons. Reads the other modules only through their public APIs and writes only its own tables
 * (the objectives' priorities are portfolio records keyed by the objective, not columns of the plans module).
 * The program and plan pages show the decisions through {@code shared.web.PageSection}s.
 */
@ApplicationModule(displayName = "Portfolio review",
        allowedDependencies = {"accounts", "agencies", "authorities", "compliance", "evaluations", "interchange", "plans",
            "programs", "reference", "shared"})
package org.ssaplanner.portfolio;

import org.springframework.modulith.ApplicationModule;
