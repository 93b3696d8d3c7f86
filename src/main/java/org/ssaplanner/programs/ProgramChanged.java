package org.ssaplanner.programs;

/** Published when a program is created, changed (fields, categories, funding) or changes status. */
public record ProgramChanged(long programId) {
}
