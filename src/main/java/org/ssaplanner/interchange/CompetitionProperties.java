package org.ssaplanner.interchange;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who counts as whom on the competition pages (SIPRI arms deliveries to a partner country).
 *
 * @param unitedStates the ISO 3166 alpha-3 code of the United States as supplier (default USA)
 * @param competitors  the strategic competitors whose shares are shown (ISO alpha-3 codes, default RUS, CHN, IRN,
 *                     PRK: Russia, China, Iran, North Korea)
 */
@ConfigurationProperties("ssa.competition")
public record CompetitionProperties(String unitedStates, List<String> competitors) {

    public CompetitionProperties {
        unitedStates = unitedStates == null || unitedStates.isBlank() ? "USA" : unitedStates.strip().toUpperCase(Locale.ROOT);
        competitors = competitors == null || competitors.isEmpty() ? List.of("RUS", "CHN", "IRN", "PRK")
                : competitors.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                        .distinct().toList();
    }
}
