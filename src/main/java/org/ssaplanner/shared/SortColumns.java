package org.ssaplanner.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The columns one list may be sorted by (issue 13, item 14): a whitelist from the key that appears in the URL
 * ({@code ?sort=title&dir=desc}) to the expression the query orders by, which never comes from the request. An
 * unknown key or direction is ignored (the list's default order then), so a hand-typed URL cannot reach the SQL
 * or fail. Every order ends with the tie-breaker (the id) so that pages neither overlap nor skip rows.
 *
 * <p>The expressions are SQL for lists read with native SQL ({@link #orderBy(ListSort)}) or entity properties for
 * lists read through Spring Data ({@link #toSort(ListSort)}); one list uses one kind.
 */
public final class SortColumns {

    /** A sortable column: its URL key, what the query orders by, and its direction on the first click. */
    public record Column(String key, String expression, boolean descendingFirst) {
    }

    private final Map<String, Column> columns;
    private final Map<String, ListSort> aliases;
    private final List<String> tieBreakers;
    private final String defaultKey;
    private final boolean defaultDescending;
    private final Boolean descendingWithoutDirection;

    private SortColumns(Builder builder) {
        Map<String, Column> byLowerKey = new LinkedHashMap<>();
        builder.columns.forEach((key, column) -> byLowerKey.put(key.toLowerCase(Locale.ROOT), column));
        this.columns = Collections.unmodifiableMap(byLowerKey);
        this.tieBreakers = List.copyOf(builder.tieBreakers);
        this.defaultKey = builder.defaultKey;
        this.defaultDescending = builder.defaultDescending;
        this.descendingWithoutDirection = builder.descendingWithoutDirection;
        Map<String, ListSort> resolvedAliases = new LinkedHashMap<>();
        builder.aliases.forEach((alias, target) -> resolvedAliases.put(alias.toLowerCase(Locale.ROOT),
                new ListSort(this, target.key(), target.descendingFirst())));
        this.aliases = Collections.unmodifiableMap(resolvedAliases);
        if (defaultKey == null || !columns.containsKey(defaultKey.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("The default sort " + defaultKey + " is not a sortable column");
        }
    }

    /** Starts a whitelist whose orders end with these tie-breaker expressions (the id, or the key's columns). */
    public static Builder tieBreaker(String... expressions) {
        return new Builder(List.of(expressions));
    }

    /**
     * The order asked for by the URL's {@code sort} and {@code dir} parameters: a whitelisted key (any case) or
     * alias, else the default column; {@code dir} asc or desc, else the column's first direction (the default
     * direction for the default column).
     */
    public ListSort resolve(String sort, String dir) {
        String key = sort == null ? "" : sort.strip().toLowerCase(Locale.ROOT);
        Boolean descending = "desc".equalsIgnoreCase(dir == null ? null : dir.strip()) ? Boolean.TRUE
                : "asc".equalsIgnoreCase(dir == null ? null : dir.strip()) ? Boolean.FALSE : null;
        Column column = columns.get(key);
        if (column == null && aliases.containsKey(key)) {
            ListSort alias = aliases.get(key);
            return descending == null ? alias : new ListSort(this, alias.column(), descending);
        }
        if (column == null) {
            // not on the list: the default column, in the direction asked for if any (as the lists always did)
            return descending == null ? defaultSort() : new ListSort(this, defaultSort().column(), descending);
        }
        if (descending == null) {
            descending = descendingWithoutDirection != null ? descendingWithoutDirection : column.descendingFirst();
        }
        return new ListSort(this, column.key(), descending);
    }

    /**
     * The order carried by a page request across a module's API as {@link ListSort#asKeySort()} made it: its first
     * order's property is the column key. Unsorted, or a key not on the list: the default order.
     */
    public ListSort resolve(Sort sort) {
        Sort.Order first = sort == null ? null : sort.stream().findFirst().orElse(null);
        if (first == null) {
            return defaultSort();
        }
        return resolve(first.getProperty(), first.isDescending() ? "desc" : "asc");
    }

    /** The order when the URL asks for none, or for one that is not on the list. */
    public ListSort defaultSort() {
        return new ListSort(this, columns.get(defaultKey.toLowerCase(Locale.ROOT)).key(), defaultDescending);
    }

    /** Whether {@code key} (any case) is a sortable column of this list. */
    public boolean has(String key) {
        return key != null && columns.containsKey(key.toLowerCase(Locale.ROOT));
    }

    /** The sortable columns' keys, in the order they were declared. */
    public List<String> keys() {
        return columns.values().stream().map(Column::key).toList();
    }

    /** The direction of the column's first click: descending for dates and amounts, ascending for names. */
    boolean descendingFirst(String key) {
        Column column = key == null ? null : columns.get(key.toLowerCase(Locale.ROOT));
        return column != null && column.descendingFirst();
    }

    /** What the query orders by for this sort (SQL or an entity property), without the direction. */
    public String expression(ListSort sort) {
        return column(sort).expression();
    }

    /**
     * The SQL after {@code order by}: the column in the sort's direction, then the tie-breakers ascending (any fixed
     * direction keeps the order total; ascending is what the lists used before).
     */
    public String orderBy(ListSort sort) {
        List<String> parts = new ArrayList<>();
        parts.add(column(sort).expression() + (sort.descending() ? " desc" : " asc"));
        tieBreakers.stream().filter(t -> !t.equals(column(sort).expression())).map(t -> t + " asc")
                .forEach(parts::add);
        return String.join(", ", parts);
    }

    /** The same order as a Spring Data sort of entity properties. */
    public Sort toSort(ListSort sort) {
        Sort order = Sort.by(sort.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, column(sort).expression());
        for (String tieBreaker : tieBreakers) {
            if (!tieBreaker.equals(column(sort).expression())) {
                order = order.and(Sort.by(tieBreaker));
            }
        }
        return order;
    }

    private Column column(ListSort sort) {
        if (sort.columns() != this) {
            throw new IllegalArgumentException("A sort of another list: " + sort.column());
        }
        return columns.get(sort.column().toLowerCase(Locale.ROOT));
    }

    public static final class Builder {

        private final List<String> tieBreakers;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final Map<String, Column> aliases = new LinkedHashMap<>();
        private String defaultKey;
        private boolean defaultDescending;
        private Boolean descendingWithoutDirection;

        private Builder(List<String> tieBreakers) {
            this.tieBreakers = tieBreakers;
        }

        /** A column sorted ascending on the first click (names, titles, codes). */
        public Builder ascending(String key, String expression) {
            columns.put(key, new Column(key, expression, false));
            return this;
        }

        /** A column sorted descending on the first click (dates, amounts, counts). */
        public Builder descending(String key, String expression) {
            columns.put(key, new Column(key, expression, true));
            return this;
        }

        /** An older {@code sort} value that still works, e.g. a select's option: the column and its direction. */
        public Builder alias(String value, String key, boolean descending) {
            aliases.put(value, new Column(key, null, descending));
            return this;
        }

        /** A {@code sort} without {@code dir} means this direction for every column (as the list always did). */
        public Builder withoutDirection(boolean descending) {
            this.descendingWithoutDirection = descending;
            return this;
        }

        public SortColumns byDefault(String key, boolean descending) {
            this.defaultKey = key;
            this.defaultDescending = descending;
            return new SortColumns(this);
        }
    }
}
