package org.ssaplanner.workforce;

/** A person in the list: what every signed-in user may see (name, agency, category, contact). */
public record PersonRow(long id, String name, String agencyCode, WorkforceCategory category, String contact) {
}
