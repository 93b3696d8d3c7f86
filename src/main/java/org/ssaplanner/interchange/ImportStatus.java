package org.ssaplanner.interchange;

/** Life of an import. REFUSED: the file as a whole was not accepted; FAILED: it broke or was interrupted. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    REFUSED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == REFUSED;
    }
}
