package org.ssaplanner.agencies;

import org.ssaplanner.shared.FieldValidationException;

public class AgencyValidationException extends FieldValidationException {

    public AgencyValidationException(String field, String messageKey) {
        super(field, messageKey);
    }
}
