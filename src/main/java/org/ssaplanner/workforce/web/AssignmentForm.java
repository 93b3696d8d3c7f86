package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.ssaplanner.workforce.AssignmentCommand;
import org.ssaplanner.workforce.AssignmentRole;

/** The form that assigns a person or a position to a program of the plan for one fiscal year. */
class AssignmentForm {

    static final String[] FIELDS = {"personId", "positionId", "programId", "fiscalYear", "role", "fte"};

    /** A person, or else a position (the service asks for exactly one). */
    private Long personId;

    private Long positionId;

    @NotNull
    private Long programId;

    @NotNull
    private Integer fiscalYear;

    @NotNull
    private AssignmentRole role;

    @NotNull(message = "{workforce.assignment.fte.range}")
    @DecimalMin(value = "0.05", message = "{workforce.assignment.fte.range}")
    @DecimalMax(value = "1.0", message = "{workforce.assignment.fte.range}")
    private BigDecimal fte;

    AssignmentCommand toCommand() {
        return new AssignmentCommand(personId, programId, fiscalYear, role, fte, positionId);
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public AssignmentRole getRole() {
        return role;
    }

    public void setRole(AssignmentRole role) {
        this.role = role;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public void setFte(BigDecimal fte) {
        this.fte = fte;
    }
}
