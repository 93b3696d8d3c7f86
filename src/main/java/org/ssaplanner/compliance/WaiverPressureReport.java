package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The waiver pressure report: rows per restriction and fiscal year, totals per restriction, chart data. */
public record WaiverPressureReport(List<WaiverPressureRow> rows, List<Total> totals, String chartJson,
        Instant computedAt) {

    /** A restriction over all years; routinely waived when waived in most of the program-years it applied to. */
    public record Total(long restrictionId, String restrictionCode, String restrictionCitation, long waiversGranted,
            long exceptionsClaimed, long programYearsAffected, long programYearsWaived, BigDecimal dollarsAffected) {

        public BigDecimal waivedShare() {
            return WaiverPressureRow.percent(programYearsWaived, programYearsAffected);
        }

        public boolean routinelyWaived() {
            return programYearsAffected > 0 && programYearsWaived * 2 > programYearsAffected;
        }
    }
}
