package org.ssaplanner.workforce;

/** A certification level as pages see it. */
public record LevelView(long id, long version, String scheme, String code, String name, int rank, boolean retired,
        String note) {

    public String label() {
        return retired ? name + " (" + scheme + ", retired)" : name + " (" + scheme + ")";
    }
}
