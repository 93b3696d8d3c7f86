/**
 * Programs inside country plans: create, edit and funding lines ({@link org.ssaplanner.programs.ProgramService},
 * checked by {@link org.ssaplanner.programs.ProgramRules}), status ({@link org.ssaplanner.programs.ProgramStatusService}),
 * search ({@link org.ssaplanner.programs.ProgramSearchService}), a program's page
 * ({@link org.ssaplanner.programs.ProgramDetailService}), what other modules read
 * ({@link org.ssaplanner.programs.ProgramFactsService}) and objective classification
 * ({@link org.ssaplanner.programs.TaxonomyService}). Other modules
 * plug in without programs depending on them: {@link org.ssaplanner.programs.ProgramActivationGuard} (compliance
 * vetoes activation) and {@link org.ssaplanner.programs.ProgramOrigin} (interchange pre-fills a program from an
 * imported activity and links it).
 */
@ApplicationModule(displayName = "Programs", allowedDependencies = {"agencies", "authorities", "partners", "plans", "reference", "shared"})
package org.ssaplanner.programs;

import org.springframework.modulith.ApplicationModule;
