package org.ssaplanner.bench;

/** The evaluator account's pages (see {@link Pages}), at 1, 8 and 32 concurrent users. */
public class EvaluatorSimulation extends RoleSimulation {

    public EvaluatorSimulation() {
        super("evaluator");
    }
}
