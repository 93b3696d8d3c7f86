package org.ssaplanner.shared;

import java.util.List;

/**
 * A business rule refused a change. The field and message key tell the form where to show the
 * message, so the user sees it next to the input instead of an error page.
 */
public class FieldValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public FieldValidationException(String field, String messageKey, Object... arguments) {
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

    /** Arguments of the message ({0}, {1}, ...). */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
