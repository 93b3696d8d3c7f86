package org.ssaplanner.securitylog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one event: SHA-256 over its fields and the previous event's hash. Each field is written with its
 * length in front ({@code 5:admin}, null as {@code -}), so no choice of values can make two different events
 * hash alike. Times are kept to the microsecond, as PostgreSQL stores them.
 */
public final class SecurityEventHash {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private SecurityEventHash() {
    }

    public static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(long seq, Instant occurredAt, String type, String principal, String actor,
            String remoteAddress, String details, String prevHash) {
        StringBuilder content = new StringBuilder(256);
        field(content, Long.toString(seq));
        field(content, storable(occurredAt).toString());
        field(content, type);
        field(content, principal);
        field(content, actor);
        field(content, remoteAddress);
        field(content, details);
        field(content, prevHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(StringBuilder content, String value) {
        if (value == null) {
            content.append('-');
        } else {
            content.append(value.length()).append(':').append(value);
        }
        content.append('\n');
    }
}
