package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One restriction in one fiscal year: waivers granted and exceptions claimed (approved, by the fiscal
 * year of their effective date); programs the restriction applies to that are funded in the year, their
 * allocation for the year, how many of them had a waiver in force during the year; all programs funded
 * in the year; and the change in waivers granted against the previous fiscal year (null for the first).
 */
public record WaiverPressureRow(long restrictionId, String restrictionCode, String restrictionCitation,
        String restrictionTitle, int fiscalYear, long waiversGranted, long exceptionsClaimed, long programsAffected,
        BigDecimal dollarsAffected, long programsWaived, long programsInYear, Long waiversTrend) {

    /** Programs affected as a percentage of all programs funded in the year (one decimal). */
    public BigDecimal shareOfPrograms() {
        return percent(programsAffected, programsInYear);
    }

    /** Programs with a waiver in force as a percentage of the programs affected (one decimal). */
    public BigDecimal waivedShare() {
        return percent(programsWaived, programsAffected);
    }

    /** Waived in most (more than half) of the cases it applies to. */
    public boolean routinelyWaived() {
        return programsAffected > 0 && programsWaived * 2 > programsAffected;
    }

    WaiverPressureRow withTrend(Long trend) {
        return new WaiverPressureRow(restrictionId, restrictionCode, restrictionCitation, restrictionTitle, fiscalYear,
                waiversGranted, exceptionsClaimed, programsAffected, dollarsAffected, programsWaived, programsInYear,
                trend);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
