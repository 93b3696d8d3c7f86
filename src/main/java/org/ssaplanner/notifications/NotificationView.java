package org.ssaplanner.notifications;

import java.time.Instant;

/** A notice as the inbox shows it; {@code link} is the page it is about (a plan's concurrence, a program). */
public record NotificationView(long id, NotificationKind kind, String subject, String detail, String actor,
        Instant createdAt, boolean read, String link) {
}
