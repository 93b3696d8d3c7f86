package org.ssaplanner.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ssaplanner.notifications.NotificationKind;

/** One notice to one user; only its read mark changes. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user_id", nullable = false)
    private long recipientUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "program_id")
    private Long programId;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(nullable = false, length = 300)
    private String subject;

    private String detail;

    @Column(length = 100)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long recipientUserId, NotificationKind kind, Long planId, Long programId, Long reviewId,
            Long agencyId, String subject, String detail, String actor, Instant createdAt) {
        this.recipientUserId = recipientUserId;
        this.kind = kind;
        this.planId = planId;
        this.programId = programId;
        this.reviewId = reviewId;
        this.agencyId = agencyId;
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 300);
        this.detail = detail;
        this.actor = actor == null || actor.length() <= 100 ? actor : actor.substring(0, 100);
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getRecipientUserId() { return recipientUserId; }
    public NotificationKind getKind() { return kind; }
    public Long getPlanId() { return planId; }
    public Long getProgramId() { return programId; }
    public Long getReviewId() { return reviewId; }
    public Long getAgencyId() { return agencyId; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
    public String getActor() { return actor; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
