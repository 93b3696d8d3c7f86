package org.ssaplanner.evaluations;

import org.ssaplanner.shared.NotFoundException;

public class IndicatorNotFoundException extends NotFoundException {

    public IndicatorNotFoundException(Object id) {
        super("Indicator", id);
    }
}
