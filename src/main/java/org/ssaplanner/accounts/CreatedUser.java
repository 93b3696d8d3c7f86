package org.ssaplanner.accounts;

/** A new account and its one-time password, shown once to the administrator and never stored in clear. */
public record CreatedUser(long id, String username, String oneTimePassword) {
}
