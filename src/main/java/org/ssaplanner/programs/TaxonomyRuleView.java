package org.ssaplanner.programs;

import org.ssaplanner.reference.ObjectiveCategory;

public record TaxonomyRuleView(long id, long version, String assistanceTypeCode, String recipientTypeCode,
        String capabilityDomainCode, ObjectiveCategory category, int weight, String note) {
}
