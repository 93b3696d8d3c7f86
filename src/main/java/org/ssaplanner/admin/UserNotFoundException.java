package org.ssaplanner.admin;

import org.ssaplanner.shared.NotFoundException;

public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(Object id) {
        super("User", id);
    }
}
