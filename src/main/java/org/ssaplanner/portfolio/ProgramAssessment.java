package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A program's factors and recommendation as last computed (see {@link AssessmentService}). Funding is the allocated
 * amount. {@code recommendation} is null when no rule applies.
 */
public record ProgramAssessment(long programId, long planId, long countryId, String programTitle, String planTitle,
        String countryName, String agencyLabel, String primaryCategory, int firstFiscalYear, int lastFiscalYear,
        Integer priority, Integer derivedPriority, String priorityDerivation, boolean priorityOverridden,
        Integer countryTier, Performance performance, int onTrack, int offTrack, int noData, int indicators,
        int outcomeIndicators, Integer effectRating, LocalDate effectRatingDate, RiskLevel risk, int blockingFindings,
        int warningFindings, int credibleIncidents, String absorptiveCapacity, Sustainment sustainment,
        LocalDate authoritySunset, BigDecimal governance, Integer governanceYear, Integer conflictIntensity,
        Integer conflictYear, BigDecimal militaryBurden, Integer militaryBurdenYear, BigDecimal competitorShare,
        Boolean competitorRising, Recommendation recommendation, Long ruleId, String ruleName, String reasons,
        BigDecimal allocated, Instant computedAt) {

    /** The reason line as phrases, the rule's result last. */
    public List<Phrase> reasonPhrases() {
        return Phrase.decode(reasons);
    }

    /** The factors of the reason line (all but the result). */
    public List<Phrase> reasonFactors() {
        List<Phrase> phrases = reasonPhrases();
        return phrases.size() < 2 ? phrases : phrases.subList(0, phrases.size() - 1);
    }

    /** The result of the reason line (the recommendation and its rule); empty for a line kept as text. */
    public List<Phrase> reasonResult() {
        List<Phrase> phrases = reasonPhrases();
        return phrases.size() < 2 ? List.of() : phrases.subList(phrases.size() - 1, phrases.size());
    }

    /** The priority's derivation as phrases, shown one after the other. */
    public List<Phrase> derivationPhrases() {
        return Phrase.decode(priorityDerivation);
    }

    /** Share of the program's indicators at outcome or impact level, in percent (null without indicators). */
    public Integer outcomeShare() {
        return indicators == 0 ? null : (int) Math.round(100.0 * outcomeIndicators / indicators);
    }
}
