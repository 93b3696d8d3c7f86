package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ssaplanner.interchange.ArmsCompetition;
import org.ssaplanner.interchange.ArmsCompetition.Figure;
import org.ssaplanner.interchange.ArmsCompetition.Role;
import org.ssaplanner.interchange.ArmsCompetition.Trend;
import org.ssaplanner.interchange.ArmsCompetition.Window;

/**
 * The trend lines of a competition page from the windows' SQL sums: the United States, the competitors together and
 * each competitor, with their TIV and share in the last 5 and 10 years and in the 5 and 10 years before.
 */
final class CompetitionTrends {

    /** The label of the competitors together (the page shows its message instead). */
    static final String ALL_COMPETITORS = "";

    private CompetitionTrends() {
    }

    static List<Trend> of(List<Window> windows, String unitedStates, List<String> competitors, Map<String, String> names) {
        List<Trend> trends = new ArrayList<>();
        if (windows.isEmpty()) {
            return trends;
        }
        trends.add(trend(names.getOrDefault(unitedStates, unitedStates), unitedStates, Role.UNITED_STATES, windows,
                Window::unitedStates));
        trends.add(trend(ALL_COMPETITORS, null, Role.COMPETITOR, windows, Window::competitors));
        for (String competitor : competitors) {
            trends.add(trend(names.getOrDefault(competitor, competitor), competitor, Role.COMPETITOR, windows,
                    w -> w.byCompetitor().getOrDefault(competitor, BigDecimal.ZERO)));
        }
        return trends;
    }

    private static Trend trend(String label, String iso3, Role role, List<Window> windows,
            Function<Window, BigDecimal> part) {
        return new Trend(label, iso3, role, figure(windows, "LAST_5", part), figure(windows, "PREVIOUS_5", part),
                figure(windows, "LAST_10", part), figure(windows, "PREVIOUS_10", part));
    }

    private static Figure figure(List<Window> windows, String key, Function<Window, BigDecimal> part) {
        Window window = windows.stream().filter(w -> w.key().equals(key)).findFirst().orElseThrow();
        BigDecimal tiv = part.apply(window);
        return new Figure(tiv, ArmsCompetition.share(tiv, window.total()));
    }
}
