package org.ssaplanner.shared;

/**
 * Optional text as the services store it. Forms arrive trimmed already (TrimmedText); this is for commands from
 * every caller (the demo loader, imports, other modules), whose optional text may be blank.
 */
public final class Text {

    private Text() {
    }

    /** The text without surrounding white space, or {@code null} when there is none. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
