package org.ssaplanner.evaluations;

import org.ssaplanner.shared.NotFoundException;

/** The program (or plan) named in the address is not known to the programs module. */
public class ProgramNotFoundException extends NotFoundException {

    public ProgramNotFoundException(String what, Object id) {
        super(what, id);
    }
}
