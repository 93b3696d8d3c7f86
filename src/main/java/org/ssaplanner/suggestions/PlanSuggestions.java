package org.ssaplanner.suggestions;

import java.util.List;
import org.ssaplanner.reference.CountryRef;

/**
 * Who else could help a plan (or, with {@code planId} null, a partner country without a plan): the suggestions
 * ranked strongest first, the ones dismissed (with their reasons), whether the plan's programs state any needs to
 * match catalogues against, and whether the signed-in user may invite and dismiss (the conductor, administrators).
 */
public record PlanSuggestions(Long planId, String planTitle, CountryRef country, int startFiscalYear,
        int endFiscalYear, List<Suggestion> suggestions, List<Dismissed> dismissed, boolean needsKnown,
        boolean canAct) {

    /** How many the plan page's panel shows before linking to the full list. */
    public static final int PANEL_SIZE = 3;

    public List<Suggestion> top() {
        return suggestions.size() > PANEL_SIZE ? suggestions.subList(0, PANEL_SIZE) : suggestions;
    }

    public int panelSize() {
        return PANEL_SIZE;
    }

    public String fiscalYears() {
        return planId == null ? null : "FY" + startFiscalYear + "–FY" + endFiscalYear;
    }
}
