package org.ssaplanner.authorities;

/** Permanent authority, or temporary with a sunset date. */
public enum AuthorityDuration {
    PERMANENT,
    TEMPORARY
}
