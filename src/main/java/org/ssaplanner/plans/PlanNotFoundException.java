package org.ssaplanner.plans;

import org.ssaplanner.shared.NotFoundException;

public class PlanNotFoundException extends NotFoundException {

    public PlanNotFoundException(Object id) {
        super("Country plan", id);
    }
}
