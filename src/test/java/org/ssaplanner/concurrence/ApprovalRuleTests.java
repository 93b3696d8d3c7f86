package org.ssaplanner.concurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.plans.PlanApproval.Kind;

/** Issue 14: approval needs every participating agency to concur; otherwise an administrator decides, or nobody yet. */
class ApprovalRuleTests {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    private static ApprovalRule.Request agency(String code, ConcurrenceAnswer answer) {
        return new ApprovalRule.Request(code, answer);
    }

    @Test
    void everyAgencyConcurringWithOrWithoutCommentsLetsTheConductorApprove() {
        ApprovalRule.Verdict verdict = ApprovalRule.evaluate(List.of(agency("DSCA", ConcurrenceAnswer.CONCUR),
                agency("INL", ConcurrenceAnswer.CONCUR_WITH_COMMENTS)), DUE, DUE);
        assertThat(verdict.kind()).isEqualTo(Kind.CONCURRED);
        assertThat(verdict.nonConcurring()).isEmpty();
        assertThat(verdict.overdue()).isEmpty();
        assertThat(verdict.pending()).isEmpty();
    }

    @Test
    void anAnswerAwaitedBeforeTheDueDateLetsNobodyApproveYet() {
        ApprovalRule.Verdict verdict = ApprovalRule.evaluate(List.of(agency("DSCA", ConcurrenceAnswer.CONCUR),
                agency("INL", null)), DUE, DUE);
        assertThat(verdict.kind()).isEqualTo(Kind.PENDING);
        assertThat(verdict.pending()).containsExactly("INL");
        assertThat(verdict.overdue()).isEmpty();
    }

    @Test
    void theDueDateItselfIsNotOverdueTheDayAfterIs() {
        List<ApprovalRule.Request> requests = List.of(agency("INL", null));
        assertThat(ApprovalRule.evaluate(requests, DUE, DUE).kind()).isEqualTo(Kind.PENDING);
        ApprovalRule.Verdict late = ApprovalRule.evaluate(requests, DUE, DUE.plusDays(1));
        assertThat(late.kind()).isEqualTo(Kind.OVERRIDE);
        assertThat(late.overdue()).containsExactly("INL");
        assertThat(late.pending()).isEmpty();
    }

    @Test
    void aNonConcurrenceTakesAnAdministratorsDecisionEvenBeforeTheDueDate() {
        ApprovalRule.Verdict verdict = ApprovalRule.evaluate(List.of(agency("DOJ", ConcurrenceAnswer.NON_CONCUR),
                agency("DSCA", ConcurrenceAnswer.CONCUR), agency("INL", null)), DUE, DUE.minusDays(10));
        assertThat(verdict.kind()).isEqualTo(Kind.OVERRIDE);
        assertThat(verdict.nonConcurring()).containsExactly("DOJ");
        assertThat(verdict.pending()).containsExactly("INL");
    }

    @Test
    void aNonConcurrenceAndAnOverdueAnswerAreBothNamed() {
        ApprovalRule.Verdict verdict = ApprovalRule.evaluate(List.of(agency("DOJ", ConcurrenceAnswer.NON_CONCUR),
                agency("DHS", null)), DUE, DUE.plusDays(3));
        assertThat(verdict.kind()).isEqualTo(Kind.OVERRIDE);
        assertThat(verdict.nonConcurring()).containsExactly("DOJ");
        assertThat(verdict.overdue()).containsExactly("DHS");
    }

    @Test
    void aReviewThatAskedNoAgencyIsNeverTheConductorsAlone() {
        assertThat(ApprovalRule.evaluate(List.of(), DUE, DUE).kind()).isEqualTo(Kind.OVERRIDE);
    }

    @Test
    void onlyANonConcurrenceDoesNotCountAsConcurrence() {
        assertThat(ConcurrenceAnswer.CONCUR.concurs()).isTrue();
        assertThat(ConcurrenceAnswer.CONCUR_WITH_COMMENTS.concurs()).isTrue();
        assertThat(ConcurrenceAnswer.NON_CONCUR.concurs()).isFalse();
        assertThat(ConcurrenceAnswer.CONCUR.needsText()).isFalse();
        assertThat(ConcurrenceAnswer.CONCUR_WITH_COMMENTS.needsText()).isTrue();
        assertThat(ConcurrenceAnswer.NON_CONCUR.needsText()).isTrue();
    }
}
