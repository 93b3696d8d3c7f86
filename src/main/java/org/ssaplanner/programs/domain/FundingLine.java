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

    /** The blocking findings (citation and title) under which its obligation was recorded; null if none blocked. */
    @Column(name = "obligated_while_blocked_by", length = 1000)
    private String obligatedWhileBlockedBy;

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

    /** Records that the obligation was recorded while these findings blocked the program. */
    void obligatedWhileBlockedBy(String findings) {
        this.obligatedWhileBlockedBy = findings.length() <= 1000 ? findings : findings.substring(0, 999) + "…";
    }

    /** "FY2027 INCLE: requested / allocated / obligated / disbursed", for the change history. */
    public String describe() {
        return "FY" + fiscalYear + " " + fundingAccount + ": " + requested + " / " + allocated + " / " + obligated
                + " / " + disbursed + (obligatedWhileBlockedBy == null ? ""
                        : " (obligated while blocked by " + obligatedWhileBlockedBy + ")");
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

    public String getObligatedWhileBlockedBy() {
        return obligatedWhileBlockedBy;
    }
}
