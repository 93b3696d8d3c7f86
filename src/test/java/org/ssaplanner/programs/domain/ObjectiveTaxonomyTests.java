package org.ssaplanner.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssaplanner.programs.CategorySuggestion;
import org.ssaplanner.reference.ObjectiveCategory;

class ObjectiveTaxonomyTests {

    private static final List<TaxonomyRule> RULES = List.of(
            new TaxonomyRule("EQUIPMENT_SALE", null, null, ObjectiveCategory.TRANSACTIONAL, 30, null),
            new TaxonomyRule("TRAINING", "MILITARY", null, ObjectiveCategory.OPERATIONAL, 40, null),
            new TaxonomyRule("JUSTICE_SECTOR", null, null, ObjectiveCategory.GOVERNANCE, 50, null),
            new TaxonomyRule(null, null, "GOVERNANCE_RULE_OF_LAW", ObjectiveCategory.GOVERNANCE, 40, null),
            new TaxonomyRule(null, null, "MARITIME", ObjectiveCategory.OPERATIONAL, 15, null));

    @Test
    void equipmentSalesAreTransactional() {
        CategorySuggestion suggestion = ObjectiveTaxonomy.suggest(RULES, "EQUIPMENT_SALE", "MILITARY", Set.of());
        assertThat(suggestion.categories()).containsExactly(ObjectiveCategory.TRANSACTIONAL);
        assertThat(suggestion.primary()).isEqualTo(ObjectiveCategory.TRANSACTIONAL);
        assertThat(suggestion.reasons()).containsExactly("EQUIPMENT_SALE → TRANSACTIONAL (30)");
    }

    @Test
    void trainingAMilitaryUnitIsOperationalButTrainingPoliceIsNot() {
        assertThat(ObjectiveTaxonomy.suggest(RULES, "TRAINING", "MILITARY", Set.of()).primary())
                .isEqualTo(ObjectiveCategory.OPERATIONAL);
        assertThat(ObjectiveTaxonomy.suggest(RULES, "TRAINING", "POLICE", Set.of()).isEmpty()).isTrue();
    }

    @Test
    void weightsAddUpAndRankTheCategories() {
        CategorySuggestion suggestion = ObjectiveTaxonomy.suggest(RULES, "EQUIPMENT_SALE", "COAST_GUARD",
                Set.of("MARITIME", "GOVERNANCE_RULE_OF_LAW"));
        assertThat(suggestion.categories()).containsExactly(ObjectiveCategory.GOVERNANCE,
                ObjectiveCategory.TRANSACTIONAL, ObjectiveCategory.OPERATIONAL);
        CategorySuggestion judicial = ObjectiveTaxonomy.suggest(RULES, "JUSTICE_SECTOR", "JUSTICE",
                Set.of("GOVERNANCE_RULE_OF_LAW"));
        assertThat(judicial.categories()).containsExactly(ObjectiveCategory.GOVERNANCE);
        assertThat(judicial.reasons()).hasSize(2);
    }

    @Test
    void aRuleNeedsAConditionAndASensibleWeight() {
        assertThatThrownBy(() -> new TaxonomyRule(null, null, null, ObjectiveCategory.GOVERNANCE, 10, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaxonomyRule("TRAINING", null, null, ObjectiveCategory.GOVERNANCE, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
