package org.ssaplanner.programs;

import java.util.List;

/** Business rules refused the program change; each violation names the form field and a message key. */
public class ProgramValidationException extends RuntimeException {

    private final List<Violation> violations;

    public ProgramValidationException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public ProgramValidationException(String field, String messageKey) {
        this(List.of(new Violation(field, messageKey)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public record Violation(String field, String messageKey) {
    }
}
