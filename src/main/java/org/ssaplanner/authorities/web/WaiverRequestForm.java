package org.ssaplanner.authorities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;

class WaiverRequestForm {

    static final String[] FIELDS = {"programId", "restrictionId", "kind", "exceptionId", "justification"};

    @NotNull
    @Positive
    private Long programId;
    @NotNull
    private Long restrictionId;
    @NotNull
    private WaiverKind kind = WaiverKind.WAIVER;
    private Long exceptionId;
    @NotBlank
    @Size(max = 10000)
    private String justification;

    WaiverRequestCommand toCommand() {
        return new WaiverRequestCommand(programId, restrictionId, kind, kind == WaiverKind.EXCEPTION ? exceptionId : null,
                justification);
    }

    public Long getProgramId() { return programId; }
    public void setProgramId(Long v) { programId = v; }
    public Long getRestrictionId() { return restrictionId; }
    public void setRestrictionId(Long v) { restrictionId = v; }
    public WaiverKind getKind() { return kind; }
    public void setKind(WaiverKind v) { kind = v; }
    public Long getExceptionId() { return exceptionId; }
    public void setExceptionId(Long v) { exceptionId = v; }
    public String getJustification() { return justification; }
    public void setJustification(String v) { justification = v; }
}
