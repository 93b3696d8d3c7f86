package org.ssaplanner.authorities;

import org.ssaplanner.shared.NotFoundException;

/** No restriction with that id; answered with the 404 page like every {@link NotFoundException}. */
class RestrictionNotFoundException extends NotFoundException {

    RestrictionNotFoundException(Object id) {
        super("Restriction", id);
    }
}
