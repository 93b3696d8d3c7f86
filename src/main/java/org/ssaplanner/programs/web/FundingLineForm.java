package org.ssaplanner.programs.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ssaplanner.programs.FundingLineCommand;

class FundingLineForm {

    static final String[] FIELDS = {"fiscalYear", "fundingAccount", "requested", "allocated", "obligated", "disbursed",
        "confirmWhileBlocked"};

    @NotNull
    private Integer fiscalYear;

    @NotBlank
    @Size(max = 200)
    private String fundingAccount;

    @NotNull
    @DecimalMin(value = "0", message = "{funding.amount.negative}")
    @Digits(integer = 17, fraction = 2, message = "{funding.amount.digits}")
    private BigDecimal requested = BigDecimal.ZERO;

    @NotNull
    @DecimalMin(value = "0", message = "{funding.amount.negative}")
    @Digits(integer = 17, fraction = 2, message = "{funding.amount.digits}")
    private BigDecimal allocated = BigDecimal.ZERO;

    @NotNull
    @DecimalMin(value = "0", message = "{funding.amount.negative}")
    @Digits(integer = 17, fraction = 2, message = "{funding.amount.digits}")
    private BigDecimal obligated = BigDecimal.ZERO;

    @NotNull
    @DecimalMin(value = "0", message = "{funding.amount.negative}")
    @Digits(integer = 17, fraction = 2, message = "{funding.amount.digits}")
    private BigDecimal disbursed = BigDecimal.ZERO;

    /** Ticked on the second POST: the planner confirms recording the obligation although a finding blocks the program. */
    private boolean confirmWhileBlocked;

    FundingLineCommand toCommand() {
        return new FundingLineCommand(fiscalYear, fundingAccount, requested, allocated, obligated, disbursed);
    }

    public Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
    public String getFundingAccount() { return fundingAccount; }
    public void setFundingAccount(String fundingAccount) { this.fundingAccount = fundingAccount; }
    public BigDecimal getRequested() { return requested; }
    public void setRequested(BigDecimal requested) { this.requested = requested; }
    public BigDecimal getAllocated() { return allocated; }
    public void setAllocated(BigDecimal allocated) { this.allocated = allocated; }
    public BigDecimal getObligated() { return obligated; }
    public void setObligated(BigDecimal obligated) { this.obligated = obligated; }
    public BigDecimal getDisbursed() { return disbursed; }
    public void setDisbursed(BigDecimal disbursed) { this.disbursed = disbursed; }
    public boolean isConfirmWhileBlocked() { return confirmWhileBlocked; }
    public void setConfirmWhileBlocked(boolean confirmWhileBlocked) { this.confirmWhileBlocked = confirmWhileBlocked; }
}
