package org.ssaplanner.authorities;

/** DSCA's distinction: security assistance (title 22) or security cooperation (title 10). */
public enum ProgramCategory {
    SECURITY_ASSISTANCE,
    SECURITY_COOPERATION
}
