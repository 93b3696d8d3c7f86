package org.ssaplanner.partners;

/** A business rule refused the unit; field and message key tell the form where to show it. */
public class PartnerUnitValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public PartnerUnitValidationException(String field, String messageKey) {
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
