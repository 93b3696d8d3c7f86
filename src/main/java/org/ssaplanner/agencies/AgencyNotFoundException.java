package org.ssaplanner.agencies;

import org.ssaplanner.shared.NotFoundException;

public class AgencyNotFoundException extends NotFoundException {

    public AgencyNotFoundException(Object id) {
        super("Agency", id);
    }
}
