package org.ssaplanner.authorities;

/** A waiver lifts a waivable restriction; an exception claim invokes one of its statutory exceptions. */
public enum WaiverKind {
    WAIVER,
    EXCEPTION
}
