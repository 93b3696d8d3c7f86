package org.ssaplanner.authorities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ssaplanner.authorities.RestrictionCommand;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionSeverity;

class RestrictionForm {

    static final String[] FIELDS = {"code", "citation", "title", "summary", "waivable", "waiverAuthority", "severity",
        "conditionText", "version"};

    @NotBlank
    @Size(max = 40)
    private String code;
    @NotBlank
    @Size(max = 200)
    private String citation;
    @NotBlank
    @Size(max = 300)
    private String title;
    @NotBlank
    @Size(max = 10000)
    private String summary;
    private boolean waivable;
    @Size(max = 300)
    private String waiverAuthority;
    @NotNull
    private RestrictionSeverity severity = RestrictionSeverity.BLOCKING;
    @NotBlank
    @Size(max = 2000)
    private String conditionText;
    private long version;

    static RestrictionForm from(RestrictionDetail r) {
        RestrictionForm f = new RestrictionForm();
        f.code = r.code();
        f.citation = r.citation();
        f.title = r.title();
        f.summary = r.summary();
        f.waivable = r.waivable();
        f.waiverAuthority = r.waiverAuthority();
        f.severity = r.severity();
        f.conditionText = r.conditionText();
        f.version = r.version();
        return f;
    }

    RestrictionCommand toCommand() {
        return new RestrictionCommand(code, citation, title, summary, waivable, waiverAuthority, severity, conditionText);
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getCitation() { return citation; }
    public void setCitation(String v) { citation = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public boolean isWaivable() { return waivable; }
    public void setWaivable(boolean v) { waivable = v; }
    public String getWaiverAuthority() { return waiverAuthority; }
    public void setWaiverAuthority(String v) { waiverAuthority = v; }
    public RestrictionSeverity getSeverity() { return severity; }
    public void setSeverity(RestrictionSeverity v) { severity = v; }
    public String getConditionText() { return conditionText; }
    public void setConditionText(String v) { conditionText = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
