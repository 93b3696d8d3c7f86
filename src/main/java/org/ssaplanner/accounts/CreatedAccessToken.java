package org.ssaplanner.accounts;

/** A token just made: {@code token} is shown to its owner once and never again (only its hash is kept). */
public record CreatedAccessToken(long id, String name, String token) {
}
