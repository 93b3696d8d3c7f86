package org.ssaplanner.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of the benchmark: the name shown in the reports, the address, and the role whose simulation opens it.
 * Every page is opened by exactly one role so that each figure is measured once; the role is the one whose view
 * of the page matters most (the conductor sees the plan pages with their edit forms, oversight reads the lists).
 */
public final class Pages {

    public record Page(String name, String role, String path, boolean inIssueTable) {
    }

    private Pages() {
    }

    public static List<Page> all(BenchSettings s) {
        String plan500 = s.get("plan.large");
        String plan25 = s.get("plan.small");
        String program = s.get("program");
        String unit = s.get("unit");
        List<Page> pages = new ArrayList<>();
        // viewer (oversight): lists, searches, reports
        pages.add(new Page("home", "viewer", "/", true));
        pages.add(new Page("programs", "viewer", "/programs", true));
        pages.add(new Page("programs?q=training", "viewer", "/programs?q=" + s.get("word.common"), true));
        pages.add(new Page("programs?q=rare", "viewer", "/programs?q=" + s.get("word.rare"), true));
        pages.add(new Page("plans", "viewer", "/plans", true));
        pages.add(new Page("countries/COL", "viewer", "/countries/" + s.get("country"), true));
        pages.add(new Page("compliance", "viewer", "/compliance", true));
        pages.add(new Page("reports/waiver-pressure", "viewer", "/reports/waiver-pressure", false));
        pages.add(new Page("reports/results", "viewer", "/reports/results", true));
        // the portfolio (issue 15): recommendations and dashboards, coverage (the whole portfolio and one region),
        // competition, the reviews; the workforce (issue 16) lists; a plan's concurrence (issue 14) in review
        pages.add(new Page("portfolio", "viewer", "/portfolio", false));
        pages.add(new Page("portfolio/coverage", "viewer", "/portfolio/coverage", false));
        pages.add(new Page("portfolio/coverage?region", "viewer", "/portfolio/coverage?regionId=" + optional(s, "region"),
                false));
        pages.add(new Page("portfolio/competition", "viewer", "/portfolio/competition", false));
        pages.add(new Page("countries/COL/competition", "viewer", "/countries/" + s.get("country") + "/competition",
                false));
        pages.add(new Page("portfolio/reviews", "viewer", "/portfolio/reviews", false));
        pages.add(new Page("workforce", "viewer", "/workforce", false));
        pages.add(new Page("workforce/people", "viewer", "/workforce/people", false));
        pages.add(new Page("plan concurrence", "viewer", "/plans/" + optional(s, "plan.review") + "/concurrence", false));
        // planner: the conductor of the two benchmark plans
        pages.add(new Page("plan, 25 programs", "planner", "/plans/" + plan25, true));
        pages.add(new Page("program", "planner", "/programs/" + program, true));
        pages.add(new Page("program edit form", "planner", "/programs/" + program + "/edit", false));
        pages.add(new Page("waivers", "planner", "/waivers", true));
        pages.add(new Page("plan, 500 programs", "planner", "/plans/" + plan500, true));
        pages.add(new Page("portfolio review, 25 programs", "planner", "/portfolio/reviews/" + optional(s, "review.plan"),
                false));
        pages.add(new Page("plan workforce", "planner", "/plans/" + plan25 + "/workforce", false));
        pages.add(new Page("plan suggestions", "planner", "/plans/" + plan25 + "/suggestions", false));
        pages.add(new Page("inbox", "planner", "/inbox", false));
        pages.add(new Page("workforce/positions", "planner", "/workforce/positions", false));
        pages.add(new Page("workforce person", "planner", "/workforce/people/" + optional(s, "workforce.person"), false));
        pages.add(new Page("workforce position", "planner", "/workforce/positions/" + optional(s, "workforce.position"),
                false));
        // evaluator: results, evaluations, partner units
        pages.add(new Page("program results", "evaluator", "/programs/" + program + "/results", false));
        pages.add(new Page("program evaluations", "evaluator", "/programs/" + program + "/evaluations", false));
        pages.add(new Page("evaluation", "evaluator", "/evaluations/" + s.get("evaluation"), false));
        pages.add(new Page("units", "evaluator", "/units", false));
        pages.add(new Page("unit", "evaluator", "/units/" + unit, false));
        pages.add(new Page("unit performance", "evaluator", "/units/" + unit + "/performance", false));
        pages.add(new Page("results/due", "evaluator", "/results/due", false));
        // admin: administration and the catalogues
        pages.add(new Page("admin/users", "admin", "/admin/users", false));
        pages.add(new Page("admin/agencies", "admin", "/admin/agencies", false));
        pages.add(new Page("authorities", "admin", "/authorities", false));
        pages.add(new Page("restrictions", "admin", "/restrictions", false));
        pages.add(new Page("imports", "admin", "/imports", false));
        return pages;
    }

    /**
     * The chosen pages of a role. A chosen page whose address needs a value the data set lacks (e.g. {@code review.plan}
     * before AppSteps ran) is refused here, with the key; pages not chosen need nothing.
     */
    public static List<Page> of(BenchSettings s, String role) {
        List<Page> chosen = all(s).stream().filter(p -> p.role().equals(role)).filter(p -> s.selected(p.name()))
                .toList();
        for (Page page : chosen) {
            int missing = page.path().indexOf(MISSING);
            if (missing >= 0) {
                throw new IllegalStateException("page '" + page.name() + "' needs "
                        + page.path().substring(missing + MISSING.length(), page.path().indexOf('}', missing))
                        + " in bench.properties (run AppSteps: bench/README.md)");
            }
        }
        return chosen;
    }

    private static final String MISSING = "{missing:";

    /** Whether the page's address needs a value the data set lacks (the statement counts skip such pages). */
    public static boolean lacksValue(Page page) {
        return page.path().contains(MISSING);
    }

    /** A value only some pages need: a placeholder when the data set lacks it (refused if the page is chosen). */
    private static String optional(BenchSettings s, String key) {
        return s.find(key).orElse(MISSING + key + "}");
    }

    /** The request name of a page at a number of concurrent users, as the Gatling report lists it. */
    public static String requestName(Page page, int users) {
        return page.name() + " @" + users;
    }
}
