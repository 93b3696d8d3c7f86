package org.ssaplanner.workforce;

/** A position as the assignment form offers it: title, agency and holder (null when vacant). */
public record PositionRef(long id, String title, String agencyCode, String holder) {

    public String label() {
        return title + " (" + agencyCode + (holder == null ? "" : ", " + holder) + ")";
    }
}
