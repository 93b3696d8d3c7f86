package org.ssaplanner.authorities;

import org.ssaplanner.shared.NotFoundException;

public class RestrictionNotFoundException extends NotFoundException {

    public RestrictionNotFoundException(Object id) {
        super("Restriction", id);
    }
}
