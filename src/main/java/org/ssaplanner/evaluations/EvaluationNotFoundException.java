package org.ssaplanner.evaluations;

import org.ssaplanner.shared.NotFoundException;

/** An evaluation, or an evidence file of it, that does not exist. */
public class EvaluationNotFoundException extends NotFoundException {

    public EvaluationNotFoundException(String what, Object id) {
        super(what, id);
    }

    public EvaluationNotFoundException(Object id) {
        super("Evaluation", id);
    }
}
