/**
 * Programs inside country plans: create, edit, status, funding lines, objective classification
 * ({@link org.ssaplanner.programs.ProgramService}, {@link org.ssaplanner.programs.TaxonomyService}). Other modules
 * plug in without programs depending on them: {@link org.ssaplanner.programs.ProgramActivationGuard} (compliance
 * vetoes activation) and {@link org.ssaplanner.programs.ProgramOrigin} (interchange pre-fills a program from an
 * imported activity and links it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs", allowedDependencies = {"agencies", "authorities", "partners", "plans", "reference", "shared"})
package org.ssaplanner.programs;
