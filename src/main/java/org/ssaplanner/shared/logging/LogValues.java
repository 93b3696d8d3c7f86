package org.ssaplanner.shared.logging;

/** Values from requests as they may go into the log: cut to a readable length, control characters shown as '?'. */
public final class LogValues {

    public static final int MAX_LENGTH = 200;

    private LogValues() {
    }

    public static String cut(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 40));
        int limit = Math.min(text.length(), MAX_LENGTH);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            safe.append(Character.isISOControl(c) ? '?' : c);
        }
        if (text.length() > MAX_LENGTH) {
            safe.append("… (").append(text.length()).append(" characters)");
        }
        return safe.toString();
    }
}
