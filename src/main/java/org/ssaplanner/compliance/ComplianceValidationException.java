package org.ssaplanner.compliance;

import org.ssaplanner.shared.FieldValidationException;

/** A business rule refused a change in the compliance module. */
public class ComplianceValidationException extends FieldValidationException {

    public ComplianceValidationException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
