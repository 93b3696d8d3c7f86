package org.ssaplanner.programs;

import org.ssaplanner.reference.ObjectiveCategory;

public record TaxonomyRuleCommand(String assistanceTypeCode, String recipientTypeCode, String capabilityDomainCode,
        ObjectiveCategory category, int weight, String note) {
}
