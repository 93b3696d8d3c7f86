package org.ssaplanner.shared;

/**
 * A business rule refused a change. The field and message key tell the form where to show the
 * message, so the user sees it next to the input instead of an error page.
 */
public class FieldValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldValidationException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
