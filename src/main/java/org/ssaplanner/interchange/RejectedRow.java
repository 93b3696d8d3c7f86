package org.ssaplanner.interchange;

import java.util.List;

/** A source row that was not stored: its physical line in the file, why, and the start of its text. */
public record RejectedRow(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) {

    public Object[] reasonArgsArray() {
        return reasonArgs.toArray();
    }
}
