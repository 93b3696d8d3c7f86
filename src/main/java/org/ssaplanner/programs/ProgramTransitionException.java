package org.ssaplanner.programs;

import java.util.List;

/**
 * The program cannot change status: an illegal transition, missing absorptive capacity or
 * sustainment plan (message keys), or another module's blocking reasons (plain text).
 */
public class ProgramTransitionException extends RuntimeException {

    private final List<String> reasons;

    public ProgramTransitionException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
