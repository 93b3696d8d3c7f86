package org.ssaplanner.partners;

/** A partner security-force unit as other modules show it. */
public record PartnerUnitSummary(long id, long countryId, String countryName, String countryAlpha2, String name,
        String forceTypeCode, String forceTypeName, Long parentId, String parentName, boolean active) {

    public String label() {
        return parentName == null ? name : name + " (" + parentName + ")";
    }
}
