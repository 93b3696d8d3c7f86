package org.ssaplanner.interchange;

import java.util.List;

/**
 * A whole file is refused (empty, not UTF-8, not CSV, unknown header, broken quoting): nothing from it is
 * stored. The message key and its arguments are shown to the user; no exception text ever is.
 */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<String> args;

    public ImportRefusedException(String messageKey, List<String> args) {
        super(messageKey + " " + args);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public ImportRefusedException(String messageKey, String... args) {
        this(messageKey, List.of(args));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
