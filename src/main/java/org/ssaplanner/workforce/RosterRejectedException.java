package org.ssaplanner.workforce;

import java.util.List;

/** A roster file was refused: every problem found, each with its line; nothing of the file was saved. */
public class RosterRejectedException extends RuntimeException {

    private final transient List<RosterProblem> problems;

    public RosterRejectedException(List<RosterProblem> problems) {
        super(problems.size() + " problems in the roster, the first on line "
                + (problems.isEmpty() ? "?" : problems.get(0).line()));
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }
}
