package org.ssaplanner.reference;

import org.ssaplanner.shared.NotFoundException;

public class CountryNotFoundException extends NotFoundException {

    public CountryNotFoundException(Object code) {
        super("Country", code);
    }
}
