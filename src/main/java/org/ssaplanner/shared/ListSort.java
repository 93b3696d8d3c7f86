package org.ssaplanner.shared;

import org.springframework.data.domain.Sort;

/**
 * The order a list is shown in: one whitelisted column of {@link SortColumns} and a direction. Templates read it
 * as {@code listSort} (the header fragment {@code fragments/sorting :: header}) to mark the sorted column and to
 * build the link that sorts by another column or turns this one round.
 */
public record ListSort(SortColumns columns, String column, boolean descending) {

    /** The {@code dir} parameter: asc or desc. */
    public String dir() {
        return descending ? "desc" : "asc";
    }

    public boolean isBy(String key) {
        return column.equalsIgnoreCase(key);
    }

    /** Whether this is the list's order when the URL asks for none (then the URL need not say it). */
    public boolean isDefault() {
        return equals(columns.defaultSort());
    }

    /** The {@code aria-sort} of a column header: ascending or descending on the sorted one, none elsewhere. */
    public String ariaSort(String key) {
        if (!isBy(key)) {
            return null;
        }
        return descending ? "descending" : "ascending";
    }

    /** The direction a click on this column's header asks for: the other one if sorted by it, else its first. */
    public String nextDir(String key) {
        if (isBy(key)) {
            return descending ? "asc" : "desc";
        }
        return columns.descendingFirst(key) ? "desc" : "asc";
    }

    /**
     * This order as a page request's sort of column keys (not SQL), for a module's search that takes a
     * {@code Pageable} and reads it back with {@link SortColumns#resolve(Sort)}; unsorted when it is the default.
     */
    public Sort asKeySort() {
        return isDefault() ? Sort.unsorted() : Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, column);
    }
}
