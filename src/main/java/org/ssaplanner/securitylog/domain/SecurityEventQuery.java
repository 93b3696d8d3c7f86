package org.ssaplanner.securitylog.domain;

import java.time.Instant;

/** Which events to read: each criterion may be null (no restriction); user matches principal or actor exactly. */
public record SecurityEventQuery(String type, String user, String addressPrefix, Instant from, Instant before) {
}
