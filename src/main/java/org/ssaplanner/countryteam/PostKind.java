package org.ssaplanner.countryteam;

/** The kinds of US post in a partner country. */
public enum PostKind {
    EMBASSY,
    CONSULATE,
    SECURITY_COOPERATION_OFFICE,
    ATTACHE_OFFICE
}
