package org.ssaplanner.programs.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ssaplanner.programs.TaxonomyRuleCommand;
import org.ssaplanner.programs.TaxonomyRuleView;
import org.ssaplanner.reference.ObjectiveCategory;

class TaxonomyRuleForm {

    static final String[] FIELDS = {"assistanceTypeCode", "recipientTypeCode", "capabilityDomainCode", "category",
        "weight", "note", "version"};

    private String assistanceTypeCode;
    private String recipientTypeCode;
    private String capabilityDomainCode;

    @NotNull
    private ObjectiveCategory category;

    @NotNull
    @Min(value = 1, message = "{taxonomy.rule.weight.range}")
    @Max(value = 100, message = "{taxonomy.rule.weight.range}")
    private Integer weight = 20;

    @Size(max = 300)
    private String note;

    private long version;

    static TaxonomyRuleForm from(TaxonomyRuleView rule) {
        TaxonomyRuleForm form = new TaxonomyRuleForm();
        form.assistanceTypeCode = rule.assistanceTypeCode();
        form.recipientTypeCode = rule.recipientTypeCode();
        form.capabilityDomainCode = rule.capabilityDomainCode();
        form.category = rule.category();
        form.weight = rule.weight();
        form.note = rule.note();
        form.version = rule.version();
        return form;
    }

    TaxonomyRuleCommand toCommand() {
        return new TaxonomyRuleCommand(assistanceTypeCode, recipientTypeCode, capabilityDomainCode, category, weight,
                note);
    }

    public String getAssistanceTypeCode() { return assistanceTypeCode; }
    public void setAssistanceTypeCode(String v) { this.assistanceTypeCode = v; }
    public String getRecipientTypeCode() { return recipientTypeCode; }
    public void setRecipientTypeCode(String v) { this.recipientTypeCode = v; }
    public String getCapabilityDomainCode() { return capabilityDomainCode; }
    public void setCapabilityDomainCode(String v) { this.capabilityDomainCode = v; }
    public ObjectiveCategory getCategory() { return category; }
    public void setCategory(ObjectiveCategory category) { this.category = category; }
    public Integer getWeight() { return weight; }
    public void setWeight(Integer weight) { this.weight = weight; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
