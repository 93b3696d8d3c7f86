package org.ssaplanner.interchange;

import java.util.Set;

/**
 * EXTENSION POINT for the plans module (being built in parallel): which SSA Planner agencies participate
 * in the country plan of a partner country. When a bean implementing this exists, the country picture calls
 * out the agencies active in the country (from imported data) that do not participate; without one, the
 * call-out says that participation is not known. Implement it in plans (e.g. a small adapter bean).
 */
public interface CountryPlanParticipation {

    /** Ids of agencies participating in the current country plan of the country (ISO alpha-3). */
    Set<Long> participatingAgencyIds(String iso3);
}
