package org.ssaplanner.interchange.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ssaplanner.programs.FundingLineView;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.MetricLevel;

/** How SSA Planner's values become IATI 2.03 codes (codelists ActivityStatus, ResultType, Sector...). */
public final class IatiCodes {

    /** DAC 5-digit "Security system management and reform": the sector of a program without capability domains. */
    public static final String SECURITY_SYSTEM_REFORM = "15210";

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private IatiCodes() {
    }

    /**
     * ActivityStatus: proposed 1 (pipeline), active 2 (implementation), suspended 6, terminated 5 (cancelled);
     * completed is 3 (finalisation) while obligated money is not all disbursed, else 4 (closed).
     */
    public static String activityStatus(ProgramStatus status, Collection<FundingLineView> lines) {
        return switch (status) {
            case PROPOSED -> "1";
            case ACTIVE -> "2";
            case SUSPENDED -> "6";
            case TERMINATED -> "5";
            case COMPLETED -> lines.stream().anyMatch(l -> l.disbursed().compareTo(l.obligated()) < 0) ? "3" : "4";
        };
    }

    /** ResultType: output 1, outcome 2, impact 3; inputs have none (IATI results are not about money spent). */
    public static Optional<String> resultType(MetricLevel level) {
        return switch (level) {
            case INPUT -> Optional.empty();
            case OUTPUT -> Optional.of("1");
            case OUTCOME -> Optional.of("2");
            case IMPACT -> Optional.of("3");
        };
    }

    /** First day of a US federal fiscal year (FY2027 began on 1 October 2026). */
    public static LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear - 1, 10, 1);
    }

    public static LocalDate fiscalYearEnd(int fiscalYear) {
        return LocalDate.of(fiscalYear, 9, 30);
    }

    /**
     * The date a fiscal year's obligation or disbursement is reported on: the last day of the fiscal year, or today
     * while it runs (IATI transactions may not lie in the future; the line records no day of its own).
     */
    public static LocalDate transactionDate(int fiscalYear, LocalDate today) {
        LocalDate end = fiscalYearEnd(fiscalYear);
        return end.isAfter(today) ? today : end;
    }

    /**
     * Sector percentages (vocabulary 1) of a program: its capability domains' DAC codes in equal shares that add up
     * to exactly 100.00 (the first code takes the rounding remainder); 15210 alone when it has no domain.
     */
    public static Map<String, BigDecimal> sectorShares(Collection<String> capabilityDomainCodes,
            Map<String, String> sectorOfDomain) {
        TreeSet<String> codes = new TreeSet<>();
        capabilityDomainCodes.forEach(d -> codes.add(sectorOfDomain.getOrDefault(d, SECURITY_SYSTEM_REFORM)));
        if (codes.isEmpty()) {
            codes.add(SECURITY_SYSTEM_REFORM);
        }
        BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.DOWN);
        BigDecimal remainder = HUNDRED.subtract(share.multiply(BigDecimal.valueOf(codes.size())));
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        List<String> ordered = new ArrayList<>(codes);
        for (int i = 0; i < ordered.size(); i++) {
            shares.put(ordered.get(i), i == 0 ? share.add(remainder) : share);
        }
        return shares;
    }

    /** A decimal as IATI writes it: plain digits, no exponent, no trailing zeros after the point. */
    public static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
