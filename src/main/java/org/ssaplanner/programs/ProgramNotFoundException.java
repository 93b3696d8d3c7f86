package org.ssaplanner.programs;

import org.ssaplanner.shared.NotFoundException;

public class ProgramNotFoundException extends NotFoundException {

    public ProgramNotFoundException(Object id) {
        super("Program", id);
    }
}
