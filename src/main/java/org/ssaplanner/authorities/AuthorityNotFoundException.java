package org.ssaplanner.authorities;

import org.ssaplanner.shared.NotFoundException;

/** No authority with that id; answered with the 404 page like every {@link NotFoundException}. */
class AuthorityNotFoundException extends NotFoundException {

    AuthorityNotFoundException(Object id) {
        super("Authority", id);
    }
}
