package org.ssaplanner.workforce;

import java.util.List;

/** One refused cell of a roster file: its line (1 is the header), its column, and the message key with arguments. */
public record RosterProblem(long line, String column, String messageKey, List<Object> arguments) {

    public RosterProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
