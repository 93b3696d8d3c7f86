package org.ssaplanner.interchange;

/** An imported activity a program was created from: country, FA.gov activity id and name, source rows kept. */
public record ProgramSource(String countryCode, String activityId, String activityName, long sourceRows) {
}
