package org.ssaplanner.authorities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ssaplanner.authorities.StatutoryExceptionCommand;

class ExceptionForm {

    static final String[] FIELDS = {"code", "citation", "description"};

    @NotBlank
    @Size(max = 40)
    private String code;
    @NotBlank
    @Size(max = 100)
    private String citation;
    @NotBlank
    @Size(max = 4000)
    private String description;

    StatutoryExceptionCommand toCommand() {
        return new StatutoryExceptionCommand(code, citation, description);
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getCitation() { return citation; }
    public void setCitation(String v) { citation = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
}
