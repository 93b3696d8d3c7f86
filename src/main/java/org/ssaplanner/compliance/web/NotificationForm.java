package org.ssaplanner.compliance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.compliance.NotificationCommand;

class NotificationForm {

    static final String[] FIELDS = {"authorityId", "filedOn", "reference"};

    @NotNull
    private Long authorityId;
    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filedOn;
    @NotBlank
    @Size(max = 200)
    private String reference;

    NotificationCommand toCommand(long programId) {
        return new NotificationCommand(programId, authorityId, filedOn, reference);
    }

    public Long getAuthorityId() { return authorityId; }
    public void setAuthorityId(Long v) { authorityId = v; }
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate v) { filedOn = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
}
