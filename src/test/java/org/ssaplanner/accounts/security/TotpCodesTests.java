package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (SHA-1, secret "12345678901234567890"), as six digits. */
class TotpCodesTests {

    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfcTestVectors() {
        assertThat(TotpCodes.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(TotpCodes.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(TotpCodes.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void theCurrentStepAndItsNeighboursAreAcceptedNothingElse() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = 1111111109L / 30;
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "081804", now)).hasValue(step);
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.minusSeconds(30)), now))
                .hasValue(step - 1);
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.plusSeconds(90)), now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
    }

    @Test
    void theOtpauthUriCarriesIssuerAccountAndBase32Secret() {
        assertThat(TotpCodes.otpauthUri("SSA Planner", "admin", RFC_SECRET)).isEqualTo(
                "otpauth://totp/SSA%20Planner:admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SSA%20Planner"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(QrCodeSvg.of("otpauth://totp/x")).startsWith("<svg").contains("<path").doesNotContain("script");
    }
}
