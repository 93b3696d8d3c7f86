package org.ssaplanner.reference;

import org.ssaplanner.shared.FieldValidationException;

public class ReferenceValidationException extends FieldValidationException {

    public ReferenceValidationException(String field, String messageKey) {
        super(field, messageKey);
    }
}
