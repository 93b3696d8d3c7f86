package org.ssaplanner.evaluations;

import org.ssaplanner.shared.FieldValidationException;

/** A business rule refused an indicator or evaluation. */
public class ResultsValidationException extends FieldValidationException {

    public ResultsValidationException(String field, String messageKey) {
        super(field, messageKey);
    }
}
