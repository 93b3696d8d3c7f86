package org.ssaplanner.plans;

import java.util.Set;

/**
 * Published when the participating agencies of a plan change (the new set), whatever its status: concurrence asks an
 * agency added during review and withdraws the request of one removed, and withdraws a pending invitation of an
 * agency no longer taking part.
 */
public record PlanParticipantsChanged(long planId, Set<Long> participatingAgencyIds) {

    public PlanParticipantsChanged {
        participatingAgencyIds = Set.copyOf(participatingAgencyIds);
    }
}
