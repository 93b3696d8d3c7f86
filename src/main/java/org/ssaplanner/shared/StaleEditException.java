package org.ssaplanner.shared;

/**
 * The user edited a record that somebody else changed meanwhile (the form's version is older than
 * the stored one). Shown as the 409 page; never a silent overwrite.
 */
public class StaleEditException extends RuntimeException {

    private final String recordType;
    private final Object recordId;

    public StaleEditException(String recordType, Object recordId) {
        super(recordType + " " + recordId + " was changed by someone else");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public static void check(String recordType, Object recordId, long expectedVersion, long actualVersion) {
        if (expectedVersion != actualVersion) {
            throw new StaleEditException(recordType, recordId);
        }
    }

    public String getRecordType() {
        return recordType;
    }

    public Object getRecordId() {
        return recordId;
    }
}
