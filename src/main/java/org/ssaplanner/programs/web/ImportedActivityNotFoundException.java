package org.ssaplanner.programs.web;

import org.ssaplanner.shared.NotFoundException;

/** The imported activity a new program should start from does not exist in the plan's country. */
class ImportedActivityNotFoundException extends NotFoundException {

    ImportedActivityNotFoundException(String reference) {
        super("Imported activity", reference);
    }
}
