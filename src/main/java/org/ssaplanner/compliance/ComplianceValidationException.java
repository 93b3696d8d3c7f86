package org.ssaplanner.compliance;

import java.util.List;

/** A business rule refused a change in the compliance module; field and message key tell the form what to show. */
public class ComplianceValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public ComplianceValidationException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
