package org.ssaplanner.evaluations;

import java.util.List;

/** The periods grid was refused as a whole (nothing saved); each error names its row and field. */
public class PeriodValidationException extends RuntimeException {

    public record RowError(int row, String field, String messageKey) {
    }

    private final List<RowError> errors;

    public PeriodValidationException(List<RowError> errors) {
        super(errors.size() + " period errors");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
