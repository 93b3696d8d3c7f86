package org.ssaplanner.concurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ssaplanner.plans.PlanStatus;

/**
 * A plan's concurrence as its page and panel show it: the current (latest) review with each agency's request, the
 * decisions of every review (approvals over objections are shown for good), the history, and what the signed-in
 * user may answer.
 *
 * @param review the latest review, or null if the plan was never submitted
 * @param answerableAgencyId the agency the signed-in user may answer for now, or null
 * @param objectives the plan's objectives (for the answer form; empty in the page summary)
 * @param programs the plan's programs (for the answer form; empty in the page summary)
 * @param comparableAgencyIds agencies that answered on an earlier review of the plan: what changed since can be
 *     shown ({@code /plans/{id}/concurrence/changes/{agencyId}})
 * @param answerableChanges for the official who may answer now, what changed since their agency last concurred
 *     (null if their agency did not answer an earlier review, and in the page summary)
 */
public record ConcurrencePanel(long planId, String planTitle, PlanStatus planStatus, Review review,
        List<RequestView> requests, List<Decision> decisions, List<LogLine> history, Long answerableAgencyId,
        List<Option> objectives, List<Option> programs, Set<Long> comparableAgencyIds,
        PlanChanges answerableChanges) {

    public boolean comparable(long agencyId) {
        return comparableAgencyIds.contains(agencyId);
    }

    public long concurred() {
        return requests.stream().filter(r -> r.answer() != null && r.answer().concurs()).count();
    }

    public boolean open() {
        return review != null && review.open();
    }

    public RequestView answerable() {
        return requests.stream().filter(r -> answerableAgencyId != null && r.agencyId() == answerableAgencyId)
                .findFirst().orElse(null);
    }

    /** Decisions with a justification (approvals over objections): shown on the plan for good. */
    public List<Decision> overrides() {
        return decisions.stream().filter(d -> d.justification() != null).toList();
    }

    /**
     * @param version the review's version (the due-date form sends it back: a change meanwhile is refused)
     * @param canChangeDueDate the signed-in user may move the due date now (the conductor, administrators, while
     *     the plan is in review)
     */
    public record Review(long id, int round, LocalDate dueDate, boolean open, boolean overdue, String openedBy,
            Instant openedAt, ReviewOutcome outcome, String closedBy, Instant closedAt, long version,
            boolean canChangeDueDate) {
    }

    /**
     * @param answeredBy the official's name and agency, or null while unanswered
     * @param overdue unanswered after the due date of the open review
     * @param officials names of the agency's concurrence officials (who may answer)
     */
    public record RequestView(long id, long version, long agencyId, String agencyCode, String agencyName,
            ConcurrenceAnswer answer, String comments, String answeredBy, Instant answeredAt, boolean overdue,
            List<String> concerns, Set<Long> objectiveIds, Set<Long> programIds, List<String> officials) {

        /** The answer's badge state (fragments/status, kind answer): the answer, or PENDING or OVERDUE. */
        public String state() {
            return answer != null ? answer.name() : overdue ? "OVERDUE" : "PENDING";
        }
    }

    public record Decision(int round, ReviewOutcome outcome, String justification, String overridden,
            String decidedBy, Instant decidedAt) {
    }

    public record LogLine(Instant at, String actor, ConcurrenceLogKind kind, int round, String agencyCode,
            ConcurrenceAnswer answer, String text) {
    }

    public record Option(long id, String label) {
    }
}
