/**
 * The country team on the ground: per partner country, the US posts (embassy, consulates, security cooperation
 * office, attaché offices) and the people planners work with there, by role, each with agency, post, contact and
 * tour ({@link org.ssaplanner.countryteam.CountryTeamService}); tours ending within six months are flagged. A plan's
 * page shows its country's team through a {@code shared.web.PageSection} (plans does not depend on this module), and
 * its conductor names the plan's points of contact among them.
 */
@ApplicationModule(displayName = "Country team", allowedDependencies = {"agencies", "plans", "reference", "shared"})
package org.ssaplanner.countryteam;

import org.springframework.modulith.ApplicationModule;
