package org.ssaplanner.authorities;

/** The act an authority's funds come from: Foreign Assistance Act, Arms Export Control Act, title 10, other. */
public enum SourceAct {
    FAA,
    AECA,
    TITLE_10,
    OTHER
}
