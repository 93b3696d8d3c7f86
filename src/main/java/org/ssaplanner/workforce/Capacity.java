package org.ssaplanner.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Capacity against load of one plan (issue 16, item 5), per fiscal year: FTE needed against FTE assigned by agency
 * (the program's lead agency) and role, the programs without a manager or an evaluator or with a manager below the
 * level they need, people assigned more than 1.0 FTE in a year (across all their programs), and the certifications
 * of the plan's people that expire within the plan's years, and the work assigned to positions vacant in its year.
 * A position's assignment counts as assigned only in the years someone holds the position. The sums come from SQL; this class only combines them.
 * A shortfall is counted per agency and role: more evaluators than needed do not make up for a missing manager.
 */
public record Capacity(long planId, String planTitle, int startFiscalYear, int endFiscalYear,
        List<YearCapacity> years, List<ProgramGap> gaps, List<OverAssignment> overAssigned,
        List<ExpiringCertification> expiring, int expiringTotal, List<VacantLoad> vacantLoad) {

    /**
     * Work assigned to a position that nobody holds in that fiscal year: not counted as assigned (nobody carries
     * it), so it is part of the shortfall, and listed so that the vacancy behind it shows.
     */
    public record VacantLoad(long positionId, String positionTitle, long programId, String programTitle,
            int fiscalYear, AssignmentRole role, BigDecimal fte) {
    }

    /** Zero FTE with the scale of FTE figures, so that "0.00" stands beside "0.50", not "0". */
    static final BigDecimal NO_FTE = new BigDecimal("0.00");

    /** Needed and assigned FTE of one agency and role in one fiscal year. */
    public record Line(int fiscalYear, long agencyId, String agencyCode, AssignmentRole role, BigDecimal needed,
            BigDecimal assigned) {

        public BigDecimal shortfall() {
            return needed.subtract(assigned).max(NO_FTE);
        }
    }

    public record YearCapacity(int fiscalYear, List<Line> lines, BigDecimal needed, BigDecimal assigned,
            BigDecimal shortfall) {
    }

    /** What SQL says of one program in one fiscal year. */
    public record ProgramYear(long programId, String programTitle, int fiscalYear, boolean hasManager,
            boolean hasEvaluator, Integer requiredRank, String requiredLevel, Integer managerRank) {
    }

    public enum GapKind {
        NO_MANAGER,
        NO_EVALUATOR,
        MANAGER_BELOW_LEVEL
    }

    public record ProgramGap(long programId, String programTitle, int fiscalYear, GapKind kind, String requiredLevel) {
    }

    public record OverAssignment(long personId, String name, int fiscalYear, BigDecimal fte) {
    }

    public record ExpiringCertification(long personId, String personName, String area, String level,
            LocalDate expiresOn) {
    }

    /** The limit of one person's assignments in a year. */
    public static final BigDecimal FULL_TIME = BigDecimal.ONE;

    public static boolean overAssigned(BigDecimal fteInYear) {
        return fteInYear.compareTo(FULL_TIME) > 0;
    }

    /** Every fiscal year of the plan, each with its lines (a year without any is shown with zeros). */
    public static List<YearCapacity> years(int start, int end, List<Line> lines) {
        List<YearCapacity> years = new ArrayList<>();
        for (int fy = start; fy <= end; fy++) {
            int year = fy;
            List<Line> ofYear = lines.stream().filter(l -> l.fiscalYear() == year)
                    .sorted(Comparator.comparing(Line::agencyCode).thenComparing(Line::role)).toList();
            years.add(new YearCapacity(fy, ofYear, sum(ofYear, Line::needed), sum(ofYear, Line::assigned),
                    sum(ofYear, Line::shortfall)));
        }
        return years;
    }

    /** The gaps of the plan's programs: no manager, no evaluator, a manager below the required level. */
    public static List<ProgramGap> gaps(List<ProgramYear> programYears) {
        List<ProgramGap> gaps = new ArrayList<>();
        for (ProgramYear p : programYears) {
            if (!p.hasManager()) {
                gaps.add(new ProgramGap(p.programId(), p.programTitle(), p.fiscalYear(), GapKind.NO_MANAGER,
                        p.requiredLevel()));
            } else if (p.requiredRank() != null && (p.managerRank() == null || p.managerRank() < p.requiredRank())) {
                gaps.add(new ProgramGap(p.programId(), p.programTitle(), p.fiscalYear(), GapKind.MANAGER_BELOW_LEVEL,
                        p.requiredLevel()));
            }
            if (!p.hasEvaluator()) {
                gaps.add(new ProgramGap(p.programId(), p.programTitle(), p.fiscalYear(), GapKind.NO_EVALUATOR,
                        p.requiredLevel()));
            }
        }
        return gaps;
    }

    public YearCapacity year(int fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst().orElseThrow();
    }

    public BigDecimal totalShortfall() {
        return years.stream().map(YearCapacity::shortfall).reduce(NO_FTE, BigDecimal::add);
    }

    public long gapCount(GapKind kind) {
        return gaps.stream().filter(g -> g.kind() == kind).count();
    }

    public long noManagerCount() {
        return gapCount(GapKind.NO_MANAGER);
    }

    public long noEvaluatorCount() {
        return gapCount(GapKind.NO_EVALUATOR);
    }

    public long belowLevelCount() {
        return gapCount(GapKind.MANAGER_BELOW_LEVEL);
    }

    private static BigDecimal sum(List<Line> lines, java.util.function.Function<Line, BigDecimal> value) {
        return lines.stream().map(value).reduce(NO_FTE, BigDecimal::add);
    }
}
