package org.ssaplanner.shared.web;

import org.springframework.data.domain.Page;
import org.ssaplanner.shared.CappedPage;

/**
 * One kind of work waiting for the signed-in user, as a home-page card ({@code fragments/home-work :: card}): a
 * count of what waits and the list that shows it. The count is the list's own total, so the two always agree.
 *
 * @param titleKey message key of the card's title
 * @param textKey message key of its text, with the count as {0} (a choice format for plurals)
 * @param count how many wait; with {@code more}, at least this many
 * @param more whether the list counted only up to its cap
 * @param link the list that shows them
 */
public record WorkCount(String titleKey, String textKey, long count, boolean more, String link) {

    /** The card for the total of {@code page}, a first page of the list behind {@code link}. */
    public static WorkCount of(String titleKey, String textKey, Page<?> page, String link) {
        if (page instanceof CappedPage<?> capped && capped.isTotalCapped()) {
            return new WorkCount(titleKey, textKey, capped.getKnownTotal(), true, link);
        }
        return new WorkCount(titleKey, textKey, page.getTotalElements(), false, link);
    }
}
