package org.ssaplanner.evaluations;

import org.ssaplanner.shared.NotFoundException;

/** An evaluation, or an evidence file of it, that does not exist. */
class EvaluationNotFoundException extends NotFoundException {

    EvaluationNotFoundException(String what, Object id) {
        super(what, id);
    }

    EvaluationNotFoundException(Object id) {
        super("Evaluation", id);
    }
}
