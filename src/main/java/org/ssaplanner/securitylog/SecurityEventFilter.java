package org.ssaplanner.securitylog;

import java.time.LocalDate;

/** Filters of the security log page; every field may be empty. Dates are days in UTC, both inclusive. */
public record SecurityEventFilter(String type, String user, String address, LocalDate from, LocalDate to) {

    public static SecurityEventFilter none() {
        return new SecurityEventFilter(null, null, null, null, null);
    }
}
