package org.ssaplanner.authorities;

import org.ssaplanner.shared.NotFoundException;

public class AuthorityNotFoundException extends NotFoundException {

    public AuthorityNotFoundException(Object id) {
        super("Authority", id);
    }
}
