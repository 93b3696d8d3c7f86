package org.ssaplanner.programs;

/**
 * Orders of the program search list, as the {@code sort} parameter names them ({@code /programs?sort=TITLE}); each
 * is a column of the list, in its first direction unless {@code dir} says otherwise.
 */
public enum ProgramSort {
    UPDATED,
    TITLE,
    START,
    COUNTRY,
    LEAD,
    CATEGORY,
    HORIZON,
    STATUS
}
