package org.ssaplanner.concurrence.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.ssaplanner.concurrence.ConcurrenceAnswer;
import org.ssaplanner.shared.domain.AuditedEntity;

/**
 * One agency's concurrence request in one review: pending until a concurrence official of the agency answers; the
 * answer may change while the review is open (optimistic lock on the version). Withdrawn when the agency stops
 * participating during the review; asked again if it participates again.
 */
@Entity
@Table(name = "concurrence_request")
public class ConcurrenceRequest extends AuditedEntity {

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ConcurrenceAnswer answer;

    private String comments;

    @Column(name = "answered_by_user_id")
    private Long answeredByUserId;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "concurrence_request_concern", joinColumns = @JoinColumn(name = "request_id"))
    private Set<Concern> concerns = new LinkedHashSet<>();

    protected ConcurrenceRequest() {
    }

    public ConcurrenceRequest(long reviewId, long agencyId, Instant requestedAt) {
        this.reviewId = reviewId;
        this.agencyId = agencyId;
        this.requestedAt = requestedAt;
    }

    public void answer(ConcurrenceAnswer answer, String comments, long userId, String username, Instant at,
            Collection<Concern> concerns) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("request " + getId() + " was withdrawn");
        }
        if (answer.needsText() && (comments == null || comments.isBlank())) {
            throw new IllegalArgumentException("comments or reasons are required for " + answer);
        }
        this.answer = answer;
        this.comments = comments;
        this.answeredByUserId = userId;
        this.answeredBy = username;
        this.answeredAt = at;
        this.concerns.retainAll(concerns);
        this.concerns.addAll(concerns);
    }

    public void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    /** The agency participates again during the same review: asked afresh. */
    public void askAgain(Instant at) {
        this.withdrawnAt = null;
        this.requestedAt = at;
        this.answer = null;
        this.comments = null;
        this.answeredByUserId = null;
        this.answeredBy = null;
        this.answeredAt = null;
        this.concerns.clear();
    }

    public boolean isActive() { return withdrawnAt == null; }
    public long getReviewId() { return reviewId; }
    public long getAgencyId() { return agencyId; }
    public Instant getRequestedAt() { return requestedAt; }
    public ConcurrenceAnswer getAnswer() { return answer; }
    public String getComments() { return comments; }
    public Long getAnsweredByUserId() { return answeredByUserId; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public Set<Concern> getConcerns() { return Set.copyOf(concerns); }
}
