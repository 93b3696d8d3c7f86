package org.ssaplanner.programs;

import java.util.List;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * What the objective taxonomy suggests for a program: categories by score (highest first, the first
 * is the suggested primary) and the rules that matched. Never applied without the planner's consent.
 */
public record CategorySuggestion(List<ObjectiveCategory> categories, List<String> reasons) {

    public boolean isEmpty() {
        return categories.isEmpty();
    }

    public ObjectiveCategory primary() {
        return categories.isEmpty() ? null : categories.get(0);
    }
}
