package org.ssaplanner.programs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** Money for one program, fiscal year and funding account, in US dollars. */
@Entity
@Audited
@Table(name = "program_funding_line")
public class FundingLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private Program program;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "funding_account", nullable = false, length = 200)
    private String fundingAccount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal requested;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal allocated;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal obligated;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal disbursed;

    protected FundingLine() {
    }

    FundingLine(Program program, int fiscalYear, String fundingAccount) {
        this.program = program;
        this.fiscalYear = fiscalYear;
        this.fundingAccount = fundingAccount;
    }

    void amounts(BigDecimal requested, BigDecimal allocated, BigDecimal obligated, BigDecimal disbursed) {
        this.requested = requested;
        this.allocated = allocated;
        this.obligated = obligated;
        this.disbursed = disbursed;
    }

    /** "FY2027 INCLE: requested / allocated / obligated / disbursed", for the change history. */
    public String describe() {
        return "FY" + fiscalYear + " " + fundingAccount + ": " + requested + " / " + allocated + " / " + obligated
                + " / " + disbursed;
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getFundingAccount() {
        return fundingAccount;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getAllocated() {
        return allocated;
    }

    public BigDecimal getObligated() {
        return obligated;
    }

    public BigDecimal getDisbursed() {
        return disbursed;
    }
}
