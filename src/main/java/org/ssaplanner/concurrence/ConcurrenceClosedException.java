package org.ssaplanner.concurrence;

/**
 * The answer cannot be taken: the plan is not in interagency review (answers are closed once it is decided), or
 * its agency is not asked. The message key says which; nothing is saved.
 */
public class ConcurrenceClosedException extends RuntimeException {

    private final String messageKey;

    public ConcurrenceClosedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
