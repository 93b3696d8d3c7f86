package org.ssaplanner.evaluations;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a program's results say: each indicator with progress, the results-chain balance (count per
 * level, all four levels in order) and whether anything measures effects (outcome or impact).
 * programTitle is the program's (an unknown program is refused with a NotFoundException).
 */
public record ResultsSummary(long programId, String programTitle, List<IndicatorDetail> indicators,
        List<LevelCount> balance, long evaluationCount) {

    /** True when the program is measured only by inputs and outputs (or not at all). */
    public boolean noOutcomeEvidence() {
        return indicators.stream().noneMatch(i -> i.level().evidencesEffect());
    }

    public long count(ProgressStatus status) {
        return indicators.stream().filter(i -> i.progress().status() == status).count();
    }

    public long periodsWithoutTarget() {
        return indicators.stream().mapToLong(IndicatorDetail::periodsWithoutTarget).sum();
    }

    public long maxLevelCount() {
        return balance.stream().mapToLong(LevelCount::count).max().orElse(0);
    }

    public Map<String, Long> balanceByName() {
        return balance.stream().collect(Collectors.toMap(b -> b.level().name(), LevelCount::count));
    }
}
