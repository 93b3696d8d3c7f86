package org.ssaplanner.interchange;

import org.ssaplanner.shared.NotFoundException;

public class ImportNotFoundException extends NotFoundException {

    public ImportNotFoundException(long id) {
        super("Import", id);
    }
}
