package org.ssaplanner.plans;

/** A business rule refused the plan change; field and message key tell the form where to show it. */
public class PlanValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public PlanValidationException(String field, String messageKey) {
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
