package org.ssaplanner.workforce;

/** A functional area as pages see it. */
public record AreaView(long id, long version, String code, String name, boolean confirmed, boolean retired,
        String note) {
}
