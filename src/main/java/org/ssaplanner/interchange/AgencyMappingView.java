package org.ssaplanner.interchange;

/**
 * An FA.gov managing agency ({@code parentAcronym} empty) or sub-agency/bureau (under {@code parentAcronym}) and
 * the SSA Planner agency it is mapped to (null: not mapped yet). {@code rows}: imported rows it covers.
 */
public record AgencyMappingView(long id, long version, String parentAcronym, String sourceAcronym, String sourceName,
        Long agencyId, String agencyLabel, boolean automatic, long rows) {

    public boolean mapped() {
        return agencyId != null;
    }

    public boolean bureau() {
        return !parentAcronym.isEmpty();
    }
}
