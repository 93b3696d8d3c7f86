/**
 * Legal authorities, restrictions (with the condition language of the {@code condition} named interface) and
 * waivers ({@link org.ssaplanner.authorities.AuthorityService}, {@link org.ssaplanner.authorities.RestrictionService},
 * {@link org.ssaplanner.authorities.WaiverService}). Programs under an authority are read through
 * {@link org.ssaplanner.authorities.ProgramLookup}, which the programs module implements (programs depends on
 * authorities, not the other way round).
 */
@ApplicationModule(displayName = "Authorities, restrictions and waivers", allowedDependencies = {"agencies", "reference", "shared"})
package org.ssaplanner.authorities;

import org.springframework.modulith.ApplicationModule;
