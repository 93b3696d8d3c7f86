package org.ssaplanner.programs;

import java.util.List;

/**
 * Refuses to record an obligation on a program that a blocking compliance finding holds until the planner has
 * confirmed it (issue 13, item 3); nothing was saved. Carries the blocking findings to name in the warning.
 */
public class ObligationWhileBlockedException extends RuntimeException {

    private final transient List<String> findings;

    public ObligationWhileBlockedException(List<String> findings) {
        super("obligation on a blocked program needs confirmation");
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }
}
