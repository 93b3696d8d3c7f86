package org.ssaplanner.portfolio;

import java.time.Instant;

/** A partner country's priority tier as set at one time (1 highest, 3 lowest), with who set it and why. */
public record CountryTier(long countryId, String countryAlpha3, String countryName, Integer tier, String reason,
        String setBy, Instant setAt) {
}
