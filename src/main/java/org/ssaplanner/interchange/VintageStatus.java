package org.ssaplanner.interchange;

import java.util.List;

/**
 * Whether an import's data are still the current vintage of its scope, and whether it can be rolled back (only the
 * latest import of a scope can: while no later import overlaps it). {@code reasonKey} says why not (a message key,
 * null when it can); {@code overlappedBy} lists the later imports in effect that overlap its scope.
 */
public record VintageStatus(boolean current, boolean rollbackAllowed, String reasonKey, List<Long> overlappedBy) {

    public VintageStatus {
        overlappedBy = List.copyOf(overlappedBy);
    }

    public Object[] overlappedByText() {
        return new Object[] {String.join(", ", overlappedBy.stream().map(String::valueOf).toList())};
    }
}
