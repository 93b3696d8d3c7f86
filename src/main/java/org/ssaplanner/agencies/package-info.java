/**
 * Agencies: the tree of US government agencies and bureaus and their capability catalogue
 * ({@link org.ssaplanner.agencies.AgencyService}).
 */
@ApplicationModule(displayName = "Agencies", allowedDependencies = {"reference", "shared"})
package org.ssaplanner.agencies;

import org.springframework.modulith.ApplicationModule;
