package org.ssaplanner.programs;

/** A program as portfolio-wide reports count it: its id, its plan's partner country and its lead agency. */
public record ProgramPortfolioKey(long programId, long countryId, long leadAgencyId) {
}
