package org.ssaplanner.authorities;

/** Derived from the sunset date and today's date: an authority whose sunset date has passed is expired. */
public enum AuthorityStatus {
    ACTIVE,
    EXPIRED
}
