package org.ssaplanner.suggestions;

import java.util.List;
import java.util.Map;
import org.ssaplanner.concurrence.DeclinedInvitation;
import org.ssaplanner.reference.CountryRef;

/**
 * Who else could help a plan (or, with {@code planId} null, a partner country without a plan): the suggestions
 * ranked strongest first, the ones dismissed (with their reasons), whether the plan's programs state any needs to
 * match catalogues against, whether the signed-in user may invite and dismiss (the conductor, administrators), and
 * the agencies that declined an invitation to the plan (the reason, who and when, shown with their suggestion).
 */
public record PlanSuggestions(Long planId, String planTitle, CountryRef country, int startFiscalYear,
        int endFiscalYear, List<Suggestion> suggestions, List<Dismissed> dismissed, boolean needsKnown,
        boolean canAct, Map<Long, DeclinedInvitation> declined) {

    public PlanSuggestions {
        declined = declined == null ? Map.of() : Map.copyOf(declined);
    }

    /** The agency's decline of an invitation to this plan, or null. */
    public DeclinedInvitation declinedOf(long agencyId) {
        return declined.get(agencyId);
    }

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
