/**
 * Reference data: partner countries and regions, assistance types, recipient types, capability domains, CRS
 * sectors, objective categories and metric levels ({@link org.ssaplanner.reference.ReferenceDataService}).
 */
@ApplicationModule(displayName = "Reference data", allowedDependencies = {"shared"})
package org.ssaplanner.reference;

import org.springframework.modulith.ApplicationModule;
