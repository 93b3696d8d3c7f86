package org.ssaplanner.partners;

import org.ssaplanner.shared.FieldValidationException;

public class PartnerUnitValidationException extends FieldValidationException {

    public PartnerUnitValidationException(String field, String messageKey) {
        super(field, messageKey);
    }
}
