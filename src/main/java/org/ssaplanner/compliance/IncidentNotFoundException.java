package org.ssaplanner.compliance;

import org.ssaplanner.shared.NotFoundException;

public class IncidentNotFoundException extends NotFoundException {

    public IncidentNotFoundException(Object id) {
        super("Human-rights incident", id);
    }
}
