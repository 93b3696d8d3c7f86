package org.ssaplanner.agencies;

/** A business rule refused the agency change; field and message key tell the form where to show it. */
public class AgencyValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AgencyValidationException(String field, String messageKey) {
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
