package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The capability coverage matrix (issue 15, section 5): capability domains (grouped: high-end, weak-state, the rest)
 * against partner countries and regions, with per cell the programs and their allocated funding. A country's cell is a
 * gap when nothing covers it and the country's priority is high (tier 1) or competition there is high
 * ({@link CompetitionLevel}). A program in several domains counts in each; the row's total counts it once.
 *
 * @param computedAt the oldest computation the figures come from (null when nothing is computed)
 */
public record Coverage(List<Domain> domains, List<Row> countries, List<Row> regions, Instant computedAt,
        String attribution) {

    /** A capability domain; {@code focus} HIGH_END, WEAK_STATE or GENERAL. */
    public record Domain(String code, String name, String focus) {
    }

    /** Programs and allocated funding; {@code gap}: nothing, where the priority or the competition is high. */
    public record Cell(long programs, BigDecimal allocated, boolean gap) {

        public static final Cell EMPTY = new Cell(0, BigDecimal.ZERO, false);

        public boolean empty() {
            return programs == 0;
        }
    }

    /**
     * A country (code its alpha-3) or a region (code null) with a cell per domain in the order of {@code domains}, the
     * programs with no domain recorded and the row's total; tier and competitors' share are a country's.
     */
    public record Row(String code, String label, Integer tier, BigDecimal competitorsShare, Boolean competitorsRising,
            List<Cell> cells, Cell noDomain, Cell total) {

        public long gaps() {
            return cells.stream().filter(Cell::gap).count();
        }
    }

    /** The group headings: each focus with how many domains it spans, in the order of {@code domains}. */
    public record Group(String focus, int span) {
    }

    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Domain domain : domains) {
            if (!groups.isEmpty() && groups.get(groups.size() - 1).focus().equals(domain.focus())) {
                Group last = groups.remove(groups.size() - 1);
                groups.add(new Group(last.focus(), last.span() + 1));
            } else {
                groups.add(new Group(domain.focus(), 1));
            }
        }
        return groups;
    }

    public long gaps() {
        return countries.stream().mapToLong(Row::gaps).sum();
    }
}
