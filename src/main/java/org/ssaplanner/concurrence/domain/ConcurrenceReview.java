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
import java.time.LocalDate;
import org.ssaplanner.concurrence.ReviewOutcome;

/**
 * One interagency review of a plan: a numbered round opened when the plan was submitted, answers due by a date,
 * closed when the plan left review (approved, with the justification of an approval over objections, or returned
 * to draft). Never deleted: a new submission opens the next round.
 */
@Entity
@Table(name = "concurrence_review")
public class ConcurrenceReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "round", nullable = false, updatable = false)
    private int roundNumber;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReviewOutcome outcome;

    private String justification;

    /** What the approval overrode (non-concurring and overdue agencies), as it read then. */
    private String overridden;

    @Version
    private long version;

    protected ConcurrenceReview() {
    }

    public ConcurrenceReview(long planId, int round, LocalDate dueDate, String openedBy, Instant openedAt) {
        this.planId = planId;
        this.roundNumber = round;
        this.dueDate = dueDate;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public void close(ReviewOutcome outcome, String justification, String overridden, String by, Instant at) {
        if (closedAt != null) {
            throw new IllegalStateException("review " + id + " is already closed");
        }
        this.outcome = outcome;
        this.justification = justification;
        this.overridden = overridden;
        this.closedBy = by;
        this.closedAt = at;
    }

    /** Moves the due date of the open review (the caller refuses a date in the past). */
    public void changeDueDate(LocalDate dueDate) {
        if (closedAt != null) {
            throw new IllegalStateException("review " + id + " is closed");
        }
        this.dueDate = dueDate;
    }

    public boolean isOpen() { return closedAt == null; }
    public long getVersion() { return version; }
    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public int getRound() { return roundNumber; }
    public LocalDate getDueDate() { return dueDate; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public ReviewOutcome getOutcome() { return outcome; }
    public String getJustification() { return justification; }
    public String getOverridden() { return overridden; }
}
