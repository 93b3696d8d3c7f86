package org.ssaplanner.programs;

/** Orders of the program search list. */
public enum ProgramSort {
    UPDATED,
    TITLE,
    START
}
