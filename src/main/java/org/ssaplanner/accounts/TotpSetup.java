package org.ssaplanner.accounts;

/** An authenticator app being set up: the secret to type in, the otpauth URI and its QR code (SVG). */
public record TotpSetup(String secret, String uri, String qrSvg) {

    /** The secret in groups of four, easier to type. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
