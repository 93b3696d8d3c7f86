package org.ssaplanner.portfolio;

import java.util.Comparator;
import java.util.List;

/**
 * A program's priority from the theory of change: the highest priority (the lowest number, 1 highest) of the objectives
 * it serves through its outcomes (outcome -> objective). Objectives without a priority count for nothing; a program
 * serving no outcome, or only objectives without a priority, has none. A planner's override replaces the derived value.
 *
 * @param priority the derived priority, null when none can be derived
 * @param links every objective the program serves and through which outcome, the deciding one first
 */
public record PriorityDerivation(Integer priority, List<Link> links) {

    /** One path of the theory of change: the program serves {@code outcomeTitle}, which serves the objective. */
    public record Link(long objectiveId, String objectiveTitle, long outcomeId, String outcomeTitle, Integer priority) {
    }

    public static PriorityDerivation derive(List<Link> links) {
        Integer best = links.stream().map(Link::priority).filter(p -> p != null).min(Integer::compare).orElse(null);
        List<Link> ordered = links.stream()
                .sorted(Comparator.comparing(Link::priority, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Link::objectiveTitle).thenComparing(Link::outcomeTitle))
                .toList();
        return new PriorityDerivation(best, ordered);
    }

    /** The priority that counts: the override when there is one, the derived one otherwise. */
    public Integer effective(Integer override) {
        return override != null ? override : priority;
    }

    public boolean servesNoOutcome() {
        return links.isEmpty();
    }

    /**
     * In words, for the page and the record: "priority 1 from objective 'Accountable police' (via outcome 'Cases reach
     * verdicts')", or why there is none.
     */
    public String text() {
        if (links.isEmpty()) {
            return "no priority: the program serves no outcome of the theory of change";
        }
        if (priority == null) {
            return "no priority: the objectives it serves have no priority yet ("
                    + String.join(", ", links.stream().map(l -> "'" + l.objectiveTitle() + "'").distinct().toList())
                    + ")";
        }
        Link deciding = links.get(0);
        StringBuilder text = new StringBuilder("priority ").append(priority).append(" from objective '")
                .append(deciding.objectiveTitle()).append("' (via outcome '").append(deciding.outcomeTitle())
                .append("')");
        List<String> others = links.subList(1, links.size()).stream()
                .map(l -> "'" + l.objectiveTitle() + "' " + (l.priority() == null ? "not set" : "priority " + l.priority()))
                .distinct().toList();
        if (!others.isEmpty()) {
            text.append("; also serves ").append(String.join(", ", others));
        }
        return text.toString();
    }
}
