package org.ssaplanner.accounts;

import org.ssaplanner.shared.FieldValidationException;

public class UserValidationException extends FieldValidationException {

    public UserValidationException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
