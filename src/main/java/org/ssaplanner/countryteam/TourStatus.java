package org.ssaplanner.countryteam;

import java.time.LocalDate;

/**
 * Continuity of a team member's tour: ENDING when it ends within {@link #WARNING_MONTHS} months (a successor and a
 * hand-over are due), ENDED when its end date has passed (the roster needs the successor), else CURRENT.
 */
public enum TourStatus {
    CURRENT,
    ENDING,
    ENDED;

    /** Tours ending within this many months are flagged. */
    public static final int WARNING_MONTHS = 6;

    public static TourStatus of(LocalDate tourEnd, LocalDate today) {
        if (tourEnd == null) {
            return CURRENT;
        }
        if (tourEnd.isBefore(today)) {
            return ENDED;
        }
        return tourEnd.isBefore(today.plusMonths(WARNING_MONTHS).plusDays(1)) ? ENDING : CURRENT;
    }

    public boolean flagged() {
        return this != CURRENT;
    }
}
