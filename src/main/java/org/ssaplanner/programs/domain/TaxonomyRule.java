package org.ssaplanner.programs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Set;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.domain.AuditedEntity;

/**
 * A rule of the objective taxonomy: when a program matches every condition it sets (null = any),
 * its weight counts for its category.
 */
@Entity
@Table(name = "taxonomy_rule")
public class TaxonomyRule extends AuditedEntity {

    @Column(name = "assistance_type_code", length = 40)
    private String assistanceTypeCode;

    @Column(name = "recipient_type_code", length = 40)
    private String recipientTypeCode;

    @Column(name = "capability_domain_code", length = 40)
    private String capabilityDomainCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectiveCategory category;

    @Column(nullable = false)
    private int weight;

    @Column(length = 300)
    private String note;

    protected TaxonomyRule() {
    }

    public TaxonomyRule(String assistanceTypeCode, String recipientTypeCode, String capabilityDomainCode,
            ObjectiveCategory category, int weight, String note) {
        change(assistanceTypeCode, recipientTypeCode, capabilityDomainCode, category, weight, note);
    }

    public void change(String assistanceTypeCode, String recipientTypeCode, String capabilityDomainCode,
            ObjectiveCategory category, int weight, String note) {
        if (assistanceTypeCode == null && recipientTypeCode == null && capabilityDomainCode == null) {
            throw new IllegalArgumentException("a rule needs at least one condition");
        }
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("weight must be 1..100");
        }
        this.assistanceTypeCode = assistanceTypeCode;
        this.recipientTypeCode = recipientTypeCode;
        this.capabilityDomainCode = capabilityDomainCode;
        this.category = category;
        this.weight = weight;
        this.note = note;
    }

    public boolean matches(String assistanceType, String recipientType, Set<String> capabilityDomains) {
        return (assistanceTypeCode == null || assistanceTypeCode.equals(assistanceType))
                && (recipientTypeCode == null || recipientTypeCode.equals(recipientType))
                && (capabilityDomainCode == null || capabilityDomains.contains(capabilityDomainCode));
    }

    public String getAssistanceTypeCode() {
        return assistanceTypeCode;
    }

    public String getRecipientTypeCode() {
        return recipientTypeCode;
    }

    public String getCapabilityDomainCode() {
        return capabilityDomainCode;
    }

    public ObjectiveCategory getCategory() {
        return category;
    }

    public int getWeight() {
        return weight;
    }

    public String getNote() {
        return note;
    }

    /** "TRAINING + MILITARY -> OPERATIONAL (40)" */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (String condition : new String[] {assistanceTypeCode, recipientTypeCode, capabilityDomainCode}) {
            if (condition != null) {
                text.append(text.isEmpty() ? "" : " + ").append(condition);
            }
        }
        return text + " → " + category + " (" + weight + ")";
    }
}
