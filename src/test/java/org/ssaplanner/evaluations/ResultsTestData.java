package org.ssaplanner.evaluations;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the evaluations integration tests get a program and an outcome of its plan. Until the programs
 * and plans modules are merged these are made-up ids (evaluation_indicator and evaluation have no
 * foreign keys to them yet). When the foreign keys are added, create a real plan with an outcome and
 * a program here; the tests use nothing else.
 */
final class ResultsTestData {

    record ProgramRef(long programId, long planOutcomeId) {
    }

    private ResultsTestData() {
    }

    static ProgramRef newProgram() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        return new ProgramRef(id, id + 7);
    }
}
