package org.ssaplanner.authorities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.authorities.WaiverChanged;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A waiver of, or a statutory-exception claim against, one restriction for one program. */
@Entity
@Audited
@Table(name = "waiver")
public class Waiver extends AuditedEntity {

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "restriction_id", nullable = false)
    private long restrictionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WaiverKind kind;

    @Column(name = "exception_id")
    private Long exceptionId;

    @Column(nullable = false)
    private String justification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WaiverStatus status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "approving_official_name", length = 200)
    private String officialName;

    @Column(name = "approving_official_title", length = 200)
    private String officialTitle;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "decision_note")
    private String decisionNote;

    protected Waiver() {
    }

    public Waiver(long programId, long restrictionId, WaiverKind kind, Long exceptionId, String justification,
            String requestedBy, Instant requestedAt) {
        if ((kind == WaiverKind.EXCEPTION) != (exceptionId != null)) {
            throw new IllegalArgumentException("an exception claim names its exception; a waiver does not");
        }
        this.programId = programId;
        this.restrictionId = restrictionId;
        this.kind = kind;
        this.exceptionId = exceptionId;
        this.justification = justification;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = WaiverStatus.REQUESTED;
        changed();
    }

    /** A request, decision or withdrawal is published on save. */
    private void changed() {
        registerEvent(() -> new WaiverChanged(getId(), programId, restrictionId));
    }

    public void approve(String by, Instant at, String officialName, String officialTitle, LocalDate effective,
            LocalDate expiry, String note) {
        requirePending();
        if (effective == null || (kind == WaiverKind.WAIVER && expiry == null)
                || (expiry != null && expiry.isBefore(effective))) {
            throw new IllegalArgumentException("invalid waiver dates");
        }
        this.status = WaiverStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.officialName = officialName;
        this.officialTitle = officialTitle;
        this.effectiveDate = effective;
        this.expiryDate = expiry;
        this.decisionNote = note;
        changed();
    }

    public void reject(String by, Instant at, String note) {
        requirePending();
        this.status = WaiverStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
        changed();
    }

    public void withdraw(String by, Instant at) {
        requirePending();
        this.status = WaiverStatus.WITHDRAWN;
        this.decidedBy = by;
        this.decidedAt = at;
        changed();
    }

    private void requirePending() {
        if (status != WaiverStatus.REQUESTED) {
            throw new IllegalStateException("waiver " + getId() + " is " + status + ", not pending");
        }
    }

    public long getProgramId() { return programId; }
    public long getRestrictionId() { return restrictionId; }
    public WaiverKind getKind() { return kind; }
    public Long getExceptionId() { return exceptionId; }
    public String getJustification() { return justification; }
    public WaiverStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getOfficialName() { return officialName; }
    public String getOfficialTitle() { return officialTitle; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public String getDecisionNote() { return decisionNote; }
}
