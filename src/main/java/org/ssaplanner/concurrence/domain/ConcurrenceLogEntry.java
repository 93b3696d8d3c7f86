package org.ssaplanner.concurrence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.ssaplanner.concurrence.ConcurrenceAnswer;
import org.ssaplanner.concurrence.ConcurrenceLogKind;

/** One line of a plan's concurrence history: a request, answer, change or decision, with who and when. */
@Entity
@Immutable
@Table(name = "concurrence_log")
public class ConcurrenceLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConcurrenceLogKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ConcurrenceAnswer answer;

    @Column(name = "detail")
    private String text;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected ConcurrenceLogEntry() {
    }

    public ConcurrenceLogEntry(long planId, long reviewId, Long agencyId, ConcurrenceLogKind kind,
            ConcurrenceAnswer answer, String text, String actor, Instant at) {
        this.planId = planId;
        this.reviewId = reviewId;
        this.agencyId = agencyId;
        this.kind = kind;
        this.answer = answer;
        this.text = text;
        this.actor = actor;
        this.loggedAt = at;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public long getReviewId() { return reviewId; }
    public Long getAgencyId() { return agencyId; }
    public ConcurrenceLogKind getKind() { return kind; }
    public ConcurrenceAnswer getAnswer() { return answer; }
    public String getText() { return text; }
    public String getActor() { return actor; }
    public Instant getLoggedAt() { return loggedAt; }
}
