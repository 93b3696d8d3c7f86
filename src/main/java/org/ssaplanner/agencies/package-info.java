/**
 * Agencies: the tree of US government agencies and bureaus and their capability catalogue
 * ({@link org.ssaplanner.agencies.AgencyService}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies", allowedDependencies = {"reference", "shared"})
package org.ssaplanner.agencies;
