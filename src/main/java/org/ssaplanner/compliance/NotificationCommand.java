package org.ssaplanner.compliance;

import java.time.LocalDate;

/** A congressional notification filed for a program under an authority. */
public record NotificationCommand(long programId, long authorityId, LocalDate filedOn, String reference) {
}
