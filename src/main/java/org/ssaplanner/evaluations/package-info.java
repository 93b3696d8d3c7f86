/**
 * Evaluations and results: indicators with their periods, evaluations, evidence files, outcome evidence per plan,
 * partner performance and the portfolio's results ({@link org.ssaplanner.evaluations.IndicatorService},
 * {@link org.ssaplanner.evaluations.EvaluationService}, {@link org.ssaplanner.evaluations.ResultsReportService}).
 */
@ApplicationModule(displayName = "Evaluations and results", allowedDependencies = {"agencies", "compliance", "partners", "plans", "programs", "reference", "shared"})
package org.ssaplanner.evaluations;

import org.springframework.modulith.ApplicationModule;
