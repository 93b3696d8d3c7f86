package org.ssaplanner.accounts;

/** A user as other modules show them: name and agency (e.g. a plan's conductor). */
public record UserRef(long id, String username, String fullName, long agencyId, String agencyLabel) {

    public String label() {
        return fullName + " (" + agencyLabel + ")";
    }
}
