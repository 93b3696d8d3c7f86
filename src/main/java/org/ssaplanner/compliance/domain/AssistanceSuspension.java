package org.ssaplanner.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A suspension of assistance that a blocking finding on an active program called for: who suspended it, when,
 * because of which restriction and recipient unit (with the finding's reason as it read then), and why; later who
 * ended it and how (the program resumed, or moved on, e.g. terminated). Never deleted.
 */
@Entity
@Table(name = "compliance_suspension")
public class AssistanceSuspension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "restriction_id", nullable = false, updatable = false)
    private long restrictionId;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(name = "finding_reason", nullable = false, updatable = false)
    private String findingReason;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "suspended_by", nullable = false, updatable = false, length = 100)
    private String suspendedBy;

    @Column(name = "suspended_at", nullable = false, updatable = false)
    private Instant suspendedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_status", length = 20)
    private String endedStatus;

    protected AssistanceSuspension() {
    }

    public AssistanceSuspension(long programId, long restrictionId, Long unitId, String findingReason, String reason,
            String suspendedBy, Instant suspendedAt) {
        this.programId = programId;
        this.restrictionId = restrictionId;
        this.unitId = unitId;
        this.findingReason = findingReason;
        this.reason = reason;
        this.suspendedBy = suspendedBy;
        this.suspendedAt = suspendedAt;
    }

    /** Ends the suspension: the program is no longer suspended (it resumed, or e.g. was terminated). */
    public void end(String by, Instant at, String programStatus) {
        if (endedAt != null) {
            throw new IllegalStateException("suspension " + id + " already ended");
        }
        this.endedBy = by;
        this.endedAt = at;
        this.endedStatus = programStatus;
    }

    public boolean isOpen() { return endedAt == null; }
    public Long getId() { return id; }
    public long getProgramId() { return programId; }
    public long getRestrictionId() { return restrictionId; }
    public Long getUnitId() { return unitId; }
    public String getFindingReason() { return findingReason; }
    public String getReason() { return reason; }
    public String getSuspendedBy() { return suspendedBy; }
    public Instant getSuspendedAt() { return suspendedAt; }
    public String getEndedBy() { return endedBy; }
    public Instant getEndedAt() { return endedAt; }
    public String getEndedStatus() { return endedStatus; }
}
