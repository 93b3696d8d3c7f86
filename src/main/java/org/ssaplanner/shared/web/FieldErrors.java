package org.ssaplanner.shared.web;

import org.springframework.validation.BindingResult;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;

/**
 * Puts a service's refusal on the form: each violation next to its field, or at the top of the form (a global
 * error) when the form has no such field (e.g. "status" when a waiver is no longer pending).
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void reject(BindingResult binding, FieldValidationException refusal) {
        for (Violation violation : refusal.violations()) {
            Object[] arguments = violation.arguments().toArray();
            if (violation.field() != null && binding.getFieldType(violation.field()) != null) {
                binding.rejectValue(violation.field(), violation.messageKey(), arguments, null);
            } else {
                binding.reject(violation.messageKey(), arguments, null);
            }
        }
    }
}
