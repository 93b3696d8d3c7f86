package org.ssaplanner.concurrence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ssaplanner.concurrence.InvitationStatus;

/**
 * An agency's invitation to take part in a plan (issue 14, section 2), answered by the agency's concurrence official
 * or an administrator: who invited when, who answered when, and the reason of a decline. Never deleted.
 */
@Entity
@Table(name = "concurrence_invitation")
public class ConcurrenceInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Column(name = "invited_by", nullable = false, updatable = false, length = 100)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationStatus status = InvitationStatus.PENDING;

    @Column(name = "answered_by_user_id")
    private Long answeredByUserId;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private String reason;

    @Version
    private long version;

    protected ConcurrenceInvitation() {
    }

    public ConcurrenceInvitation(long planId, long agencyId, String invitedBy, Instant invitedAt) {
        this.planId = planId;
        this.agencyId = agencyId;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    /** Accepts or declines (a decline needs its reason); only a pending invitation is answered. */
    public void answer(boolean accept, String reason, Long userId, String by, Instant at) {
        if (status != InvitationStatus.PENDING) {
            throw new IllegalStateException("invitation " + id + " is " + status);
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a decline needs its reason");
        }
        this.status = accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
        this.reason = reason;
        this.answeredByUserId = userId;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** The agency left the plan before answering, or a new invitation replaced this one. */
    public void withdraw(String by, Instant at) {
        if (status == InvitationStatus.PENDING) {
            this.status = InvitationStatus.WITHDRAWN;
            this.answeredBy = by;
            this.answeredAt = at;
        }
    }

    public boolean isPending() { return status == InvitationStatus.PENDING; }
    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public long getAgencyId() { return agencyId; }
    public String getInvitedBy() { return invitedBy; }
    public Instant getInvitedAt() { return invitedAt; }
    public InvitationStatus getStatus() { return status; }
    public Long getAnsweredByUserId() { return answeredByUserId; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getReason() { return reason; }
    public long getVersion() { return version; }
}
