package org.ssaplanner.workforce;

import java.util.List;
import org.ssaplanner.shared.audit.HistoryEntry;

/** A position's page: the position, the work assigned to it, and its change history. */
public record PositionDetail(PositionView position, List<AssignmentView> assignments, List<HistoryEntry> history) {
}
