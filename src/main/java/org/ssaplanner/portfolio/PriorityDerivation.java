package org.ssaplanner.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * As phrases, for the page and the record (rendered one after the other): "priority 1 from objective 'Accountable
     * police' (via outcome 'Cases reach verdicts'); also serves 'Border control' not set", or why there is none.
     */
    public List<Phrase> phrases() {
        if (links.isEmpty()) {
            return List.of(Phrase.of("portfolio.derivation.noOutcome"));
        }
        if (priority == null) {
            return List.of(Phrase.of("portfolio.derivation.noPriority",
                    String.join("', '", links.stream().map(Link::objectiveTitle).distinct().toList())));
        }
        Link deciding = links.get(0);
        List<Phrase> phrases = new ArrayList<>();
        phrases.add(Phrase.of("portfolio.derivation.from", priority, deciding.objectiveTitle(),
                deciding.outcomeTitle()));
        Set<List<Object>> seen = new HashSet<>();
        for (Link other : links.subList(1, links.size())) {
            if (!seen.add(Arrays.asList(other.objectiveTitle(), other.priority()))) {
                continue;
            }
            String code = seen.size() == 1 ? "portfolio.derivation.also" : "portfolio.derivation.and";
            phrases.add(other.priority() == null ? Phrase.of(code + ".notSet", other.objectiveTitle())
                    : Phrase.of(code, other.objectiveTitle(), other.priority()));
        }
        return phrases;
    }

    /** The derivation as overridden by a planner: the override, then the derived one in brackets. */
    public List<Phrase> overriddenBy(int override) {
        List<Phrase> phrases = new ArrayList<>();
        phrases.add(Phrase.of("portfolio.derivation.override", override));
        phrases.addAll(phrases());
        phrases.add(Phrase.of("portfolio.derivation.override.end"));
        return phrases;
    }
}
