/**
 * Reference data: partner countries and regions, assistance types, recipient types, capability domains, CRS
 * sectors, objective categories and metric levels ({@link org.ssaplanner.reference.ReferenceDataService}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = {"shared"})
package org.ssaplanner.reference;
