package org.ssaplanner.authorities;

/** Title of the U.S. Code an authority sits in: 10 (armed forces, DoD) or 22 (foreign relations, State). */
public enum Statute {
    TITLE_10,
    TITLE_22
}
