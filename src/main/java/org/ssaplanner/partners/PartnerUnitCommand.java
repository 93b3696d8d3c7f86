package org.ssaplanner.partners;

public record PartnerUnitCommand(long countryId, String name, String forceTypeCode, Long parentId, String description) {
}
