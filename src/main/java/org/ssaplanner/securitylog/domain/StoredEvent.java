package org.ssaplanner.securitylog.domain;

import java.time.Instant;

/** One row of the security event log as stored. */
public record StoredEvent(long seq, Instant occurredAt, String type, String principal, String actor,
        String remoteAddress, String details, String prevHash, String hash) {

    /** The hash this row's content and previous hash give; differs from {@link #hash()} when the row was edited. */
    public String recomputedHash() {
        return SecurityEventHash.of(seq, occurredAt, type, principal, actor, remoteAddress, details, prevHash);
    }
}
