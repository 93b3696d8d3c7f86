package org.ssaplanner.concurrence;

import java.time.Instant;
import java.util.List;

/**
 * What changed in a plan since an agency last concurred (issue 14, section 1, item g): the plan as the agency saw it
 * when it answered, compared field by field with the plan now. Items are the plan itself, its objectives and
 * outcomes, its programs and each program's funding line (fiscal year and account, each kind of money on its own).
 *
 * @param baseline the agency's answer the comparison starts from, or null if the agency never answered on an
 *     earlier review of this plan (nothing to compare)
 * @param changes the differences, plan first, then objectives, outcomes, programs and funding; empty if nothing
 *     changed
 */
public record PlanChanges(long planId, String planTitle, long agencyId, String agencyCode, String agencyName,
        Baseline baseline, List<Change> changes) {

    public boolean comparable() {
        return baseline != null;
    }

    /** How many fields differ (an added or removed item counts once). */
    public int count() {
        return changes.stream().mapToInt(c -> c.kind() == Kind.CHANGED ? c.fields().size() : 1).sum();
    }

    /**
     * @param round the review the answer was given in
     * @param answer the answer (a concurrence when the agency ever concurred; its last answer otherwise)
     */
    public record Baseline(int round, ConcurrenceAnswer answer, String by, Instant at) {
    }

    public enum Section {
        PLAN, OBJECTIVE, OUTCOME, PROGRAM, FUNDING
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One item that was added, removed or changed.
     *
     * @param label the item as it reads now (as it read then, when removed)
     * @param fields for a change, the fields that differ; for an added item its values (new), for a removed one its
     *     values then (old)
     */
    public record Change(Section section, String label, Kind kind, List<FieldChange> fields) {
    }

    /** A field's value then and now (null: no value). */
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
