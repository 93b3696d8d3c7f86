package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.workforce.Capacity.GapKind;
import org.ssaplanner.workforce.Capacity.Line;
import org.ssaplanner.workforce.Capacity.ProgramGap;
import org.ssaplanner.workforce.Capacity.ProgramYear;
import org.ssaplanner.workforce.Capacity.YearCapacity;

/** The capacity calculation: FTE sums per year, shortfalls per agency and role, over-assignment, level gaps. */
class CapacityTests {

    @Test
    void fteIsSummedPerYearAndAShortfallIsNeverMadeUpByAnotherRole() {
        List<Line> lines = List.of(
                new Line(2027, 1, "INL", AssignmentRole.MANAGER, fte("1.00"), fte("0.50")),
                new Line(2027, 1, "INL", AssignmentRole.EVALUATOR, fte("0.25"), fte("0.75")),
                new Line(2027, 2, "DSCA", AssignmentRole.MANAGER, fte("2.00"), fte("0.00")),
                new Line(2028, 1, "INL", AssignmentRole.MANAGER, fte("1.00"), fte("1.00")));
        List<YearCapacity> years = Capacity.years(2026, 2028, lines);

        assertThat(years).extracting(YearCapacity::fiscalYear).containsExactly(2026, 2027, 2028);
        YearCapacity fy2026 = years.get(0);
        assertThat(fy2026.lines()).isEmpty();
        assertThat(fy2026.shortfall()).isEqualByComparingTo("0");
        // shown beside 0.50 on the plan's review: the same two decimals, not a bare 0
        assertThat(fy2026.assigned()).hasToString("0.00");
        assertThat(fy2026.needed()).hasToString("0.00");
        YearCapacity fy2027 = years.get(1);
        assertThat(fy2027.needed()).isEqualByComparingTo("3.25");
        assertThat(fy2027.assigned()).isEqualByComparingTo("1.25");
        // 0.50 (INL managers) + 2.00 (DSCA managers); INL's extra 0.50 evaluator does not count against them
        assertThat(fy2027.shortfall()).isEqualByComparingTo("2.50");
        assertThat(fy2027.lines()).extracting(Line::agencyCode).containsExactly("DSCA", "INL", "INL");
        assertThat(years.get(2).shortfall()).isEqualByComparingTo("0");
    }

    @Test
    void morethanOneFullTimeEquivalentInAYearIsOverAssigned() {
        assertThat(Capacity.overAssigned(fte("1.00"))).isFalse();
        assertThat(Capacity.overAssigned(fte("1.05"))).isTrue();
        assertThat(Capacity.overAssigned(fte("0.95"))).isFalse();
    }

    @Test
    void programsWithoutManagerOrEvaluatorOrWithAManagerBelowTheRequiredLevelAreGaps() {
        List<ProgramGap> gaps = Capacity.gaps(List.of(
                // no manager, no evaluator
                new ProgramYear(1, "Police reform", 2027, false, false, 3, "Expert", null),
                // manager at Practitioner (2) where Expert (3) is required
                new ProgramYear(2, "Coast guard", 2027, true, true, 3, "Expert", 2),
                // manager without any current certification where a level is required
                new ProgramYear(3, "Border", 2027, true, true, 1, "Foundational", null),
                // manager at the level, evaluator present: no gap
                new ProgramYear(4, "Courts", 2027, true, true, 3, "Expert", 4),
                // no level required: any manager will do
                new ProgramYear(5, "Prisons", 2027, true, true, null, null, null)));

        assertThat(gaps).extracting(g -> g.programId() + ":" + g.kind()).containsExactly(
                "1:" + GapKind.NO_MANAGER, "1:" + GapKind.NO_EVALUATOR, "2:" + GapKind.MANAGER_BELOW_LEVEL,
                "3:" + GapKind.MANAGER_BELOW_LEVEL);
    }

    private static BigDecimal fte(String value) {
        return new BigDecimal(value);
    }
}
