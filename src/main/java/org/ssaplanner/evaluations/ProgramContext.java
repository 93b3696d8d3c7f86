package org.ssaplanner.evaluations;

/** A program as the evaluations module sees it (with its plan's title and its lead agency's code). */
public record ProgramContext(long programId, String title, long planId, String planTitle, long countryId,
        long leadAgencyId, String leadAgencyCode, Long recipientUnitId) {
}
