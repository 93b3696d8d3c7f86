package org.ssaplanner.interchange.csv;

/**
 * Neutralises spreadsheet formula injection in exported CSV cells (OWASP "CSV injection"): a text cell that
 * starts with {@code = + - @}, a tab or a carriage return is prefixed with a single quote, so a spreadsheet
 * shows it as text and never evaluates it. Numbers are written by the caller unchanged.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
