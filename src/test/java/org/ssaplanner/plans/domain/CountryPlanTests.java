package org.ssaplanner.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanTransitionException;

class CountryPlanTests {

    private static CountryPlan draft() {
        CountryPlan plan = new CountryPlan(1L, "Plan", 2027, 2029, "End states");
        plan.assignConductor(10L, 20L);
        return plan;
    }

    @Test
    void walksTheLegalPathFromDraftToArchived() {
        CountryPlan plan = draft();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        plan.submitForReview();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.INTERAGENCY_REVIEW);
        plan.returnToDraft();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        plan.submitForReview();
        plan.approve();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        plan.archive();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ARCHIVED);
    }

    @Test
    void anAgencyLeavesThePlanButNeverTheConductorsAgencyAndNothingLeavesAnArchivedPlan() {
        CountryPlan plan = draft();
        plan.replaceParticipatingAgencies(List.of(20L, 30L, 40L));
        plan.leave(30L);
        assertThat(plan.getParticipatingAgencyIds()).containsExactlyInAnyOrder(20L, 40L);
        plan.leave(30L);
        assertThat(plan.getParticipatingAgencyIds()).as("not taking part: left as it is")
                .containsExactlyInAnyOrder(20L, 40L);
        assertThatThrownBy(() -> plan.leave(20L)).isInstanceOf(IllegalStateException.class);
        assertThat(plan.getParticipatingAgencyIds()).contains(20L);
        plan.submitForReview();
        plan.approve();
        plan.archive();
        assertThatThrownBy(() -> plan.leave(40L)).isInstanceOf(PlanTransitionException.class);
        assertThat(plan.getParticipatingAgencyIds()).contains(40L);
    }

    @Test
    void refusesToApproveADraft() {
        CountryPlan plan = draft();
        assertThatThrownBy(plan::approve).isInstanceOf(PlanTransitionException.class)
                .hasMessageContaining("DRAFT").hasMessageContaining("APPROVED");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void refusesToArchiveFromReviewOrToReopenAnApprovedOrArchivedPlan() {
        CountryPlan plan = draft();
        plan.submitForReview();
        assertThatThrownBy(plan::archive).isInstanceOf(PlanTransitionException.class);
        plan.approve();
        assertThatThrownBy(plan::returnToDraft).isInstanceOf(PlanTransitionException.class);
        assertThatThrownBy(plan::submitForReview).isInstanceOf(PlanTransitionException.class);
        plan.archive();
        for (PlanStatus target : PlanStatus.values()) {
            assertThatThrownBy(() -> plan.moveTo(target)).isInstanceOf(PlanTransitionException.class);
        }
    }

    @Test
    void exactlyOneConductorAssigningReplacesThePrevious() {
        CountryPlan plan = draft();
        plan.assignConductor(11L, 21L);
        assertThat(plan.getConductorUserId()).isEqualTo(11L);
        assertThat(plan.getConductorAgencyId()).isEqualTo(21L);
    }

    @Test
    void refusesASpanThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new CountryPlan(1L, "Plan", 2029, 2027, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacesParticipatingAgencies() {
        CountryPlan plan = draft();
        plan.replaceParticipatingAgencies(List.of(1L, 2L));
        plan.replaceParticipatingAgencies(List.of(2L, 3L));
        assertThat(plan.getParticipatingAgencyIds()).containsExactlyInAnyOrder(2L, 3L);
    }
}
