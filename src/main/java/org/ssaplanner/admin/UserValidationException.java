package org.ssaplanner.admin;

/** A business rule refused the user change; field and message key tell the form where to show it. */
public class UserValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public UserValidationException(String field, String messageKey) {
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
