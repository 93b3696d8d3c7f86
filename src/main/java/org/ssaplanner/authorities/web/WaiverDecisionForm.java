package org.ssaplanner.authorities.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.authorities.WaiverDecisionCommand;

/** Approve (official, dates) or reject (note); the service checks what each decision needs. */
class WaiverDecisionForm {

    static final String[] FIELDS = {"officialName", "officialTitle", "effectiveDate", "expiryDate", "note", "version"};

    @Size(max = 200)
    private String officialName;
    @Size(max = 200)
    private String officialTitle;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiryDate;
    @Size(max = 4000)
    private String note;
    private long version;

    WaiverDecisionCommand toCommand() {
        return new WaiverDecisionCommand(officialName, officialTitle, effectiveDate, expiryDate, note);
    }

    public String getOfficialName() { return officialName; }
    public void setOfficialName(String v) { officialName = v; }
    public String getOfficialTitle() { return officialTitle; }
    public void setOfficialTitle(String v) { officialTitle = v; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate v) { effectiveDate = v; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public void setExpiryDate(LocalDate v) { expiryDate = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
