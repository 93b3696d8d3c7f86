package org.ssaplanner.portfolio;

import java.math.BigDecimal;

/**
 * A program's risk taken together (issue 15, section 3). Every factor is shown on its own; together:
 * <ul>
 * <li>HIGH at once with a blocking compliance finding or a credible human-rights incident on the recipient unit;</li>
 * <li>otherwise one point each for: warning findings, an absorptive capacity rated LOW, a sustainment plan missing or
 * unfunded, an authority that sunsets before the program ends, governance under {@link #WEAK_GOVERNANCE} (the average
 * of the latest WGI estimates, scale about -2.5 to 2.5); and the latest UCDP conflict intensity in the last
 * {@link #CONFLICT_YEARS} years of the data set (1 minor conflict, 2 war) as points;</li>
 * <li>0 points LOW, 1 or 2 MEDIUM, 3 or more HIGH.</li>
 * </ul>
 * Military burden (SIPRI, share of GDP) is shown as context and not scored: a high burden can mean a partner able to
 * sustain capabilities as well as a militarised one. A rule may still use it through the other factors.
 */
public final class RiskRules {

    public static final BigDecimal WEAK_GOVERNANCE = new BigDecimal("-0.5");
    public static final int CONFLICT_YEARS = 5;

    private RiskRules() {
    }

    /**
     * @param absorptiveCapacity HIGH / MEDIUM / LOW as the program rates it, null when not assessed
     * @param sunsetWithinProgram an authority of the program sunsets before the program ends
     * @param governance average of the latest WGI estimates, null without data
     * @param conflictIntensity highest intensity in the recent years (0 none), null without data
     */
    public record Facts(int blockingFindings, int warningFindings, int credibleIncidents, String absorptiveCapacity,
            Sustainment sustainment, boolean sunsetWithinProgram, BigDecimal governance, Integer conflictIntensity) {
    }

    public record Result(RiskLevel level, int points) {
    }

    public static Result assess(Facts facts) {
        int points = 0;
        if (facts.warningFindings() > 0) {
            points++;
        }
        if ("LOW".equals(facts.absorptiveCapacity())) {
            points++;
        }
        if (facts.sustainment() != Sustainment.PLANNED) {
            points++;
        }
        if (facts.sunsetWithinProgram()) {
            points++;
        }
        if (facts.governance() != null && facts.governance().compareTo(WEAK_GOVERNANCE) < 0) {
            points++;
        }
        if (facts.conflictIntensity() != null) {
            points += Math.max(0, Math.min(2, facts.conflictIntensity()));
        }
        if (facts.blockingFindings() > 0 || facts.credibleIncidents() > 0) {
            return new Result(RiskLevel.HIGH, points);
        }
        return new Result(points == 0 ? RiskLevel.LOW : points <= 2 ? RiskLevel.MEDIUM : RiskLevel.HIGH, points);
    }
}
