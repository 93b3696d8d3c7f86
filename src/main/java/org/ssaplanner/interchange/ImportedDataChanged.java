package org.ssaplanner.interchange;

import java.util.Set;

/**
 * Published at the end of every import that changed stored rows and of every rollback, synchronously and INSIDE
 * their transaction (listen with {@code @EventListener}; what the listener writes commits or rolls back with the
 * rows): the place to refresh what is derived from the imported rows, such as per-country aggregates.
 * {@code countryCodes} are the codes of the scope (as published: ISO alpha-3, FA.gov region codes, "NULL", ...);
 * rows of other countries did not change.
 */
public record ImportedDataChanged(long importId, ImportFormat format, Set<String> countryCodes, boolean rollback) {

    public ImportedDataChanged {
        countryCodes = Set.copyOf(countryCodes);
    }
}
