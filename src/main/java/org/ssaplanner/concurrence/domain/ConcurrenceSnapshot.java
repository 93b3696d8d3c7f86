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
import org.ssaplanner.concurrence.ConcurrenceAnswer;

/**
 * The plan as an agency saw it when it answered in a review (issue 14, section 1, item g): one per agency and
 * review, replaced when the agency changes its answer. The content is the plan's flat rendering (JSON), compared
 * with the plan as it is now in a later review.
 */
@Entity
@Table(name = "concurrence_snapshot")
public class ConcurrenceSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConcurrenceAnswer answer;

    @Column(name = "taken_by", nullable = false, length = 100)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(nullable = false)
    private String content;

    protected ConcurrenceSnapshot() {
    }

    public ConcurrenceSnapshot(long planId, long reviewId, long agencyId) {
        this.planId = planId;
        this.reviewId = reviewId;
        this.agencyId = agencyId;
    }

    /** The agency answered (again): the plan as it reads now replaces what it read at the previous answer. */
    public void take(ConcurrenceAnswer answer, String content, String by, Instant at) {
        this.answer = answer;
        this.content = content;
        this.takenBy = by;
        this.takenAt = at;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public long getReviewId() { return reviewId; }
    public long getAgencyId() { return agencyId; }
    public ConcurrenceAnswer getAnswer() { return answer; }
    public String getTakenBy() { return takenBy; }
    public Instant getTakenAt() { return takenAt; }
    public String getContent() { return content; }
}
