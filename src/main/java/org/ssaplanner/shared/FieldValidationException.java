package org.ssaplanner.shared;

import java.util.List;

/**
 * Business rules refused a change; nothing was saved. Each violation names the form field and a message key
 * (with its arguments), so the form shows the message next to the input instead of an error page
 * ({@code shared.web.FieldErrors} puts them on the form's BindingResult). The one validation-exception shape
 * of the services.
 */
public class FieldValidationException extends RuntimeException {

    private final transient List<Violation> violations;

    /** One violation. */
    public FieldValidationException(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    /** All violations found (at least one), in the order the form should show them. */
    public FieldValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first violation's field. */
    public String field() {
        return violations.get(0).field();
    }

    /** The first violation's message key. */
    public String messageKey() {
        return violations.get(0).messageKey();
    }

    /** Arguments of the first violation's message ({0}, {1}, ...). */
    public Object[] arguments() {
        return violations.get(0).arguments().toArray();
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        return String.join(", ", violations.stream().map(v -> v.field() + ": " + v.messageKey()).toList());
    }

    /** A refused field: where the message goes, its key, and the key's arguments. */
    public record Violation(String field, String messageKey, List<Object> arguments) {

        public Violation {
            arguments = List.copyOf(arguments);
        }

        public Violation(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }
}
