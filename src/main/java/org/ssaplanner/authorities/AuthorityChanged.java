package org.ssaplanner.authorities;

/** An authority was created or changed (its sunset or notification rule may change compliance findings). */
public record AuthorityChanged(long authorityId) {
}
