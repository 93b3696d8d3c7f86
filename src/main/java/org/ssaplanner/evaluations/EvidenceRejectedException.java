package org.ssaplanner.evaluations;

/** An uploaded file was refused (too large, forbidden or mismatched type, unreadable); nothing was stored. */
public class EvidenceRejectedException extends RuntimeException {

    private final String messageKey;
    private final String fileName;

    public EvidenceRejectedException(String messageKey, String fileName) {
        super(messageKey + ": " + fileName);
        this.messageKey = messageKey;
        this.fileName = fileName;
    }

    public String messageKey() {
        return messageKey;
    }

    public String fileName() {
        return fileName;
    }
}
