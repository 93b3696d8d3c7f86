package org.ssaplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.portfolio.PriorityDerivation.Link;

class PriorityDerivationTests {

    @Test
    void theHighestPriorityOfTheObjectivesServedCounts() {
        PriorityDerivation d = PriorityDerivation.derive(List.of(
                new Link(1, "Border security", 11, "Patrols reach the border", 3),
                new Link(2, "Accountable police", 21, "Cases reach verdicts", 1),
                new Link(3, "Maritime awareness", 31, "Vessels tracked", null)));

        assertThat(d.priority()).isEqualTo(1);
        assertThat(d.links().get(0).objectiveTitle()).as("the deciding objective first").isEqualTo("Accountable police");
        assertThat(PortfolioTexts.words(d.phrases())).startsWith("priority 1 from objective 'Accountable police' (via outcome 'Cases reach verdicts')")
                .contains("; also serves 'Border security' priority 3, 'Maritime awareness' not set");
    }

    @Test
    void oneObjectiveThroughTwoOutcomesIsStillOnePriority() {
        PriorityDerivation d = PriorityDerivation.derive(List.of(new Link(1, "Police", 11, "Cases", 2),
                new Link(1, "Police", 12, "Arrests", 2)));

        assertThat(d.priority()).isEqualTo(2);
    }

    @Test
    void aProgramServingNoOutcomeHasNoPriority() {
        PriorityDerivation d = PriorityDerivation.derive(List.of());

        assertThat(d.priority()).isNull();
        assertThat(d.servesNoOutcome()).isTrue();
        assertThat(PortfolioTexts.words(d.phrases())).contains("serves no outcome");
    }

    @Test
    void objectivesWithoutPriorityGiveNone() {
        PriorityDerivation d = PriorityDerivation.derive(List.of(new Link(1, "Police", 11, "Cases", null)));

        assertThat(d.priority()).isNull();
        assertThat(PortfolioTexts.words(d.phrases())).contains("have no priority yet").contains("'Police'");
    }

    @Test
    void aPlannersOverrideReplacesTheDerivedPriority() {
        PriorityDerivation d = PriorityDerivation.derive(List.of(new Link(1, "Police", 11, "Cases", 4)));

        assertThat(d.effective(1)).isEqualTo(1);
        assertThat(d.effective(null)).isEqualTo(4);
        assertThat(PriorityDerivation.derive(List.of()).effective(2)).as("even where none derives").isEqualTo(2);
        assertThat(PortfolioTexts.words(d.overriddenBy(1))).isEqualTo("priority 1 set by a planner (overrides the"
                + " derived: priority 4 from objective 'Police' (via outcome 'Cases'))");
    }
}
