package org.ssaplanner.portfolio;

/** A review to open: its scope and the plan, region or fiscal year it covers, and a title. */
public record ReviewCommand(ReviewScope scope, Long planId, Long regionId, Integer fiscalYear, String title) {
}
