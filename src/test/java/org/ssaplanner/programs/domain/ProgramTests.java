package org.ssaplanner.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.programs.ProgramTransitionException;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.FieldValidationException;

class ProgramTests {

    static Program proposed() {
        Program program = new Program(1L);
        program.describe("Boats", null, 5L, Set.of(6L), Set.of(1L), "TRAINING", null, "COAST_GUARD",
                Set.of("MARITIME"), Horizon.TACTICAL, Level.HIGH, Level.LOW, LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31));
        program.classify(EnumSet.of(ObjectiveCategory.OPERATIONAL), ObjectiveCategory.OPERATIONAL);
        return program;
    }

    static Program withSustainmentCase() {
        Program program = proposed();
        program.sustainmentCase("Trained maintainers exist", Level.MEDIUM, "Partner navy", new BigDecimal("1000.00"));
        return program;
    }

    @Test
    void refusesActivationWithoutAbsorptiveCapacityAndSustainmentPlan() {
        Program program = proposed();
        assertThatThrownBy(program::activate).isInstanceOf(ProgramTransitionException.class)
                .satisfies(e -> assertThat(((ProgramTransitionException) e).reasons()).containsExactly(
                        "program.activation.missing.absorptiveCapacityAssessment",
                        "program.activation.missing.absorptiveCapacityRating",
                        "program.activation.missing.sustainer",
                        "program.activation.missing.sustainmentAnnualCost"));
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.PROPOSED);
    }

    @Test
    void legalTransitions() {
        Program program = withSustainmentCase();
        program.activate();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.ACTIVE);
        program.suspend();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.SUSPENDED);
        program.activate();
        program.complete();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.COMPLETED);
    }

    @Test
    void illegalTransitionsAreRefused() {
        Program program = withSustainmentCase();
        assertThatThrownBy(program::suspend).isInstanceOf(ProgramTransitionException.class);
        assertThatThrownBy(program::complete).isInstanceOf(ProgramTransitionException.class);
        program.terminate();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.TERMINATED);
        assertThatThrownBy(program::activate).isInstanceOf(ProgramTransitionException.class);
        assertThatThrownBy(() -> program.moveTo(ProgramStatus.PROPOSED)).isInstanceOf(ProgramTransitionException.class);
    }

    @Test
    void anActiveProgramCannotLoseItsSustainmentCase() {
        Program program = withSustainmentCase();
        program.activate();
        assertThatThrownBy(() -> program.sustainmentCase(null, Level.MEDIUM, "Partner navy", BigDecimal.ONE))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).violations())
                        .extracting(FieldValidationException.Violation::field)
                        .containsExactly("absorptiveCapacityAssessment"));
    }

    @Test
    void categoriesNeedOneOrMoreAndThePrimaryAmongThem() {
        Program program = proposed();
        assertThatThrownBy(() -> program.classify(Set.of(), ObjectiveCategory.GOVERNANCE))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("program.categories.required");
        assertThatThrownBy(() -> program.classify(EnumSet.of(ObjectiveCategory.OPERATIONAL), ObjectiveCategory.GOVERNANCE))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("program.primary.notSelected");
        program.classify(EnumSet.of(ObjectiveCategory.OPERATIONAL, ObjectiveCategory.GOVERNANCE), ObjectiveCategory.GOVERNANCE);
        assertThat(program.getCategories()).containsExactlyInAnyOrder(ObjectiveCategory.OPERATIONAL, ObjectiveCategory.GOVERNANCE);
        assertThat(program.getPrimaryCategory()).isEqualTo(ObjectiveCategory.GOVERNANCE);
    }

    @Test
    void endBeforeStartIsRefused() {
        Program program = new Program(1L);
        assertThatThrownBy(() -> program.describe("x", null, 1L, Set.of(), Set.of(1L), "TRAINING", null, "MILITARY",
                Set.of(), Horizon.TACTICAL, Level.LOW, Level.LOW, LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("program.dates.order");
    }

    @Test
    void aFundingLinePerYearAndAccountIsReplacedNotDuplicated() {
        Program program = proposed();
        program.saveFundingLine(new FundingLineCommand(2027, "INCLE", new BigDecimal("100"), new BigDecimal("90"),
                new BigDecimal("50"), new BigDecimal("10")));
        program.saveFundingLine(new FundingLineCommand(2027, "incle ", new BigDecimal("200"), new BigDecimal("150"),
                new BigDecimal("50"), new BigDecimal("10")));
        program.saveFundingLine(new FundingLineCommand(2028, "INCLE", new BigDecimal("1.50"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO));
        assertThat(program.getFundingLines()).hasSize(2);
        assertThat(program.total(FundingLine::getRequested)).isEqualByComparingTo("201.50");
        assertThat(program.total(FundingLine::getAllocated)).isEqualByComparingTo("150");
        assertThat(List.of(program.getSupportingAgencyIds())).isNotEmpty();
    }

    /** Issue 13, item 3: only a line that obligates more than before records an obligation; the marker stays. */
    @Test
    void aLineRecordsAnObligationOnlyWhenMoreIsObligatedAndKeepsWhatBlockedIt() {
        Program program = proposed();
        FundingLineCommand first = new FundingLineCommand(2027, "INCLE", new BigDecimal("100"), new BigDecimal("90"),
                new BigDecimal("50"), BigDecimal.ZERO);
        assertThat(program.obligatesMore(first)).isTrue();
        program.saveFundingLine(first, "10 U.S.C. 362 (DoD Leahy law)");
        assertThat(program.obligatesMore(new FundingLineCommand(2027, "incle ", new BigDecimal("100"),
                new BigDecimal("90"), new BigDecimal("50.00"), new BigDecimal("10")))).isFalse();
        assertThat(program.obligatesMore(new FundingLineCommand(2027, "INCLE", new BigDecimal("100"),
                new BigDecimal("90"), new BigDecimal("60"), BigDecimal.ZERO))).isTrue();
        assertThat(program.obligatesMore(new FundingLineCommand(2028, "INCLE", BigDecimal.ONE, BigDecimal.ZERO,
                null, null))).isFalse();
        program.saveFundingLine(new FundingLineCommand(2027, "INCLE", new BigDecimal("120"), new BigDecimal("90"),
                new BigDecimal("50"), new BigDecimal("10")));
        assertThat(program.getFundingLines()).singleElement().satisfies(line -> {
            assertThat(line.getObligatedWhileBlockedBy()).isEqualTo("10 U.S.C. 362 (DoD Leahy law)");
            assertThat(line.describe()).endsWith("(obligated while blocked by 10 U.S.C. 362 (DoD Leahy law))");
        });
    }
}
