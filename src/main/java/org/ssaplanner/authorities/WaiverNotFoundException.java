package org.ssaplanner.authorities;

import org.ssaplanner.shared.NotFoundException;

public class WaiverNotFoundException extends NotFoundException {

    public WaiverNotFoundException(Object id) {
        super("Waiver", id);
    }
}
