package org.ssaplanner.evaluations;

/** A program as the evaluations module sees it (from {@link ProgramContextSource}). */
public record ProgramContext(long programId, String title, long planId, String planTitle, long countryId,
        long leadAgencyId, String leadAgencyCode, Long recipientUnitId) {
}
