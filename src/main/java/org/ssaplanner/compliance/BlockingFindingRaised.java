package org.ssaplanner.compliance;

/**
 * Published when a program gets a blocking finding it did not have at its previous evaluation (a restriction that
 * now stops the program), e.g. for the inbox of the planners of the program's lead agency.
 */
public record BlockingFindingRaised(long programId, String programTitle, long planId, long leadAgencyId,
        long restrictionId, String restrictionCitation, String reason) {
}
