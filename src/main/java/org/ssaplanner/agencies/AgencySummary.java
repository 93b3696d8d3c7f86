package org.ssaplanner.agencies;

/** An agency as lists, selects and other modules see it; depth is its level in the tree (0 = department). */
public record AgencySummary(long id, String code, String name, Long parentId, AgencyKind kind, boolean hasOwnBudget,
        boolean active, int depth) {

    public String label() {
        return code + " – " + name;
    }

    /** Label indented by tree depth, for select boxes. */
    public String indentedLabel() {
        return "\u00a0\u00a0".repeat(depth) + label();
    }
}
