package org.ssaplanner.securitylog;

import java.time.Instant;
import java.util.Map;

/**
 * One security event as pages show it. {@code principal} is whom the event is about (the user signing in, the
 * account changed), {@code actor} who was signed in when it was recorded (empty for sign-ins, and where it is
 * the principal itself).
 */
public record SecurityEventView(long seq, Instant occurredAt, String type, String principal, String actor,
        String remoteAddress, Map<String, String> details, String hash, String prevHash) {

    /** The actor when it differs from the principal. */
    public String otherActor() {
        return actor == null || actor.equalsIgnoreCase(principal) ? null : actor;
    }
}
