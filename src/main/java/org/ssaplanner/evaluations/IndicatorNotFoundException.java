package org.ssaplanner.evaluations;

import org.ssaplanner.shared.NotFoundException;

/** An indicator (of the program in the address) that does not exist. */
class IndicatorNotFoundException extends NotFoundException {

    IndicatorNotFoundException(Object id) {
        super("Indicator", id);
    }
}
