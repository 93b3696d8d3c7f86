package org.ssaplanner.programs.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssaplanner.programs.CategorySuggestion;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * Suggests objective categories from the rules (data): every matching rule adds its weight to its
 * category; categories are ranked by total weight (ties in enum order), the first is the suggested primary.
 */
public final class ObjectiveTaxonomy {

    private ObjectiveTaxonomy() {
    }

    public static CategorySuggestion suggest(List<TaxonomyRule> rules, String assistanceType, String recipientType,
            Set<String> capabilityDomains) {
        Map<ObjectiveCategory, Integer> scores = new EnumMap<>(ObjectiveCategory.class);
        List<String> reasons = new ArrayList<>();
        for (TaxonomyRule rule : rules) {
            if (rule.matches(assistanceType, recipientType, capabilityDomains == null ? Set.of() : capabilityDomains)) {
                scores.merge(rule.getCategory(), rule.getWeight(), Integer::sum);
                reasons.add(rule.describe());
            }
        }
        List<ObjectiveCategory> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<ObjectiveCategory, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .map(Map.Entry::getKey).toList();
        return new CategorySuggestion(ranked, reasons);
    }
}
