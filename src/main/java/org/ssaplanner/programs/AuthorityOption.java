package org.ssaplanner.programs;

/** A legal authority as the program form offers it (read from the authority catalogue). */
public record AuthorityOption(long id, String shortName, String citation, String fundingAccount) {

    public String label() {
        return shortName + " – " + citation;
    }
}
