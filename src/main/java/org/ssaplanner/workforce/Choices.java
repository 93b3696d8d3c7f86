package org.ssaplanner.workforce;

import java.util.List;

/**
 * The choices a form's select offers: at most a page of the {@code total} records that match the form's search
 * ({@code query}, null for none), plus the one already chosen if it is not among them. {@link #more()} tells the
 * form to say that a search narrows the list.
 */
public record Choices<T>(List<T> options, long total, String query) {

    public boolean more() {
        return total > options.size();
    }
}
