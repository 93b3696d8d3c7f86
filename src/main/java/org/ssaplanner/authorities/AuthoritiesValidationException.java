package org.ssaplanner.authorities;

import org.ssaplanner.shared.FieldValidationException;

/** A business rule refused a change in the authorities module (authority, restriction, waiver). */
public class AuthoritiesValidationException extends FieldValidationException {

    public AuthoritiesValidationException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
