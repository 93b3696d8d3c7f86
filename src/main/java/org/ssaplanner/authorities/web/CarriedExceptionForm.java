package org.ssaplanner.authorities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ssaplanner.authorities.CarriedExceptionCommand;
import org.ssaplanner.authorities.ExceptionApplies;

/** A statutory exception an administrator records as carried by an authority (on the authority page). */
class CarriedExceptionForm {

    static final String[] FIELDS = {"exceptionId", "applies", "conditionText", "scope"};

    @NotNull
    private Long exceptionId;
    @NotNull
    private ExceptionApplies applies = ExceptionApplies.WHEN_CONDITION_HOLDS;
    @Size(max = 2000)
    private String conditionText;
    @NotBlank
    @Size(max = 300)
    private String scope;

    CarriedExceptionCommand toCommand() {
        return new CarriedExceptionCommand(exceptionId, applies, conditionText, scope);
    }

    public Long getExceptionId() { return exceptionId; }
    public void setExceptionId(Long v) { exceptionId = v; }
    public ExceptionApplies getApplies() { return applies; }
    public void setApplies(ExceptionApplies v) { applies = v; }
    public String getConditionText() { return conditionText; }
    public void setConditionText(String v) { conditionText = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
}
