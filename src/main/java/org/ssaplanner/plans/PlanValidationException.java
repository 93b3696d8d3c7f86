package org.ssaplanner.plans;

import org.ssaplanner.shared.FieldValidationException;

/** A business rule refused the plan change. */
public class PlanValidationException extends FieldValidationException {

    public PlanValidationException(String field, String messageKey) {
        super(field, messageKey);
    }
}
