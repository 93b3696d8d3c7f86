package org.ssaplanner.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ssaplanner.compliance.FindingSeverity;

@Entity
@Table(name = "compliance_finding")
public class ComplianceFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private ComplianceProgram program;

    @Column(name = "restriction_id", nullable = false)
    private long restrictionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FindingSeverity severity;

    @Column(nullable = false)
    private String reason;

    @Column(name = "waiver_id")
    private Long waiverId;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    protected ComplianceFinding() {
    }

    public ComplianceFinding(long restrictionId, FindingSeverity severity, String reason, Long waiverId,
            LocalDate evaluatedOn) {
        this.restrictionId = restrictionId;
        this.severity = severity;
        this.reason = reason;
        this.waiverId = waiverId;
        this.evaluatedOn = evaluatedOn;
    }

    void attachTo(ComplianceProgram program) {
        this.program = program;
    }

    public long getProgramId() { return program.getProgramId(); }
    public ComplianceProgram getProgram() { return program; }
    public long getRestrictionId() { return restrictionId; }
    public FindingSeverity getSeverity() { return severity; }
    public String getReason() { return reason; }
    public Long getWaiverId() { return waiverId; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
}
