package org.ssaplanner.evaluations;

/** A business rule refused an indicator or evaluation; field and message key tell the form where to show it. */
public class ResultsValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ResultsValidationException(String field, String messageKey) {
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
