/**
 * Partner security-force units, shared by compliance (Leahy records) and evaluations (partner performance)
 * ({@link org.ssaplanner.partners.PartnerUnitService}).
 */
@ApplicationModule(displayName = "Partner units", allowedDependencies = {"reference", "shared"})
package org.ssaplanner.partners;

import org.springframework.modulith.ApplicationModule;
