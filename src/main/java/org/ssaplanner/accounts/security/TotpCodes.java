package org.ssaplanner.accounts.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, the defaults every
 * authenticator app supports), computed by the java-otp library. A code of the step before or after the
 * current one is accepted too (clocks drift).
 */
public final class TotpCodes {

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long STEP_SECONDS = GENERATOR.getTimeStep().toSeconds();

    private TotpCodes() {
    }

    /** A new 160-bit shared secret (the length RFC 4226 recommends). */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The otpauth URI authenticator apps read from the QR code (Key Uri Format). */
    public static String otpauthUri(String issuer, String username, byte[] secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    /** The code for a moment (tests compute it from the shared secret just as an app does). */
    public static String code(byte[] secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("TOTP secret unusable", e);
        }
    }

    /** The time step whose code this is (now, one before or one after), or empty when the code is wrong. */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        String given = code.strip();
        long step = now.getEpochSecond() / STEP_SECONDS;
        for (long candidate : new long[] {step, step - 1, step + 1}) {
            String expected = code(secret, Instant.ofEpochSecond(candidate * STEP_SECONDS));
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    private static SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, GENERATOR.getAlgorithm());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
