package org.ssaplanner.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words why the start was refused and what to do, instead of a stack trace. */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(cause.getMessage() + ". This start was refused; that application and its "
                + "PostgreSQL were left alone.",
                "Stop the other application first (it stops its PostgreSQL with it), or start this one with a "
                        + "directory of its own (ssa.database.embedded.data-directory) or on an external database "
                        + "(SPRING_DATASOURCE_URL).",
                cause);
    }
}
