package org.ssaplanner.authorities;

import java.util.List;

/**
 * A business rule refused a change in the authorities module (authority, restriction, waiver); field,
 * message key and arguments tell the form where and what to show.
 */
public class AuthoritiesValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public AuthoritiesValidationException(String field, String messageKey, Object... arguments) {
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
