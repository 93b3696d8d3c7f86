package org.ssaplanner.authorities;

import org.ssaplanner.shared.NotFoundException;

/** No waiver with that id; answered with the 404 page like every {@link NotFoundException}. */
class WaiverNotFoundException extends NotFoundException {

    WaiverNotFoundException(Object id) {
        super("Waiver", id);
    }
}
