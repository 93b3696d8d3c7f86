package org.ssaplanner.partners;

import org.ssaplanner.shared.NotFoundException;

public class PartnerUnitNotFoundException extends NotFoundException {

    public PartnerUnitNotFoundException(Object id) {
        super("Partner unit", id);
    }
}
