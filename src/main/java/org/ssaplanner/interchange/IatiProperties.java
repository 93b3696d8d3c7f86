package org.ssaplanner.interchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who publishes SSA Planner's IATI activity files.
 *
 * @param reportingOrgRef  the publisher's IATI organisation identifier; every activity identifier is this prefix, a
 *                         hyphen and the program's id (set it to the department's registered identifier before
 *                         publishing: the default is a placeholder no registry knows)
 * @param reportingOrgName the publisher's name
 * @param reportingOrgType the IATI OrganisationType code of the publisher (10: government)
 */
@ConfigurationProperties("ssa.iati")
public record IatiProperties(String reportingOrgRef, String reportingOrgName, String reportingOrgType) {

    public IatiProperties {
        reportingOrgRef = blank(reportingOrgRef) ? "XX-SSAPLANNER" : reportingOrgRef.trim();
        reportingOrgName = blank(reportingOrgName) ? "SSA Planner" : reportingOrgName.trim();
        reportingOrgType = blank(reportingOrgType) ? "10" : reportingOrgType.trim();
    }

    /** The IATI identifier of a program's activity. */
    public String activityIdentifier(long programId) {
        return reportingOrgRef + "-" + programId;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
