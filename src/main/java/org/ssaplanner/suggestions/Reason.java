package org.ssaplanner.suggestions;

import java.math.BigDecimal;
import java.util.List;

/**
 * One reason an agency could help a plan. ACTIVE_IN_COUNTRY: {@code obligations} published for the country (FA.gov
 * obligations only) from {@code firstFiscalYear} to {@code lastFiscalYear} (null: every published year).
 * CAPABILITY_MATCH: {@code matches}. OFTEN_MISSED: {@code department}, whether the agency has a security-assistance
 * budget of its own ({@code ownBudget}) and the authorities of other departments that could fund it
 * ({@code fundingAuthorities}, labels).
 */
public record Reason(ReasonKind kind, BigDecimal obligations, String firstFiscalYear, String lastFiscalYear,
        List<CapabilityMatch> matches, String department, boolean ownBudget, List<String> fundingAuthorities) {

    public Reason {
        matches = matches == null ? List.of() : List.copyOf(matches);
        fundingAuthorities = fundingAuthorities == null ? List.of() : List.copyOf(fundingAuthorities);
    }

    static Reason active(BigDecimal obligations, String first, String last) {
        return new Reason(ReasonKind.ACTIVE_IN_COUNTRY, obligations, first, last, null, null, false, null);
    }

    static Reason capabilities(List<CapabilityMatch> matches) {
        return new Reason(ReasonKind.CAPABILITY_MATCH, null, null, null, matches, null, false, null);
    }

    static Reason oftenMissed(String department, boolean ownBudget, List<String> fundingAuthorities) {
        return new Reason(ReasonKind.OFTEN_MISSED, null, null, null, null, department, ownBudget, fundingAuthorities);
    }

    /** Programs of the plan served by the matches (a program counted once per matching cell). */
    public int matchedPrograms() {
        return matches.stream().mapToInt(CapabilityMatch::programs).sum();
    }
}
