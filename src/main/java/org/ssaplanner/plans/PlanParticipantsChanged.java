package org.ssaplanner.plans;

import java.util.Set;

/** Published when the participating agencies of a plan in interagency review change (the new set). */
public record PlanParticipantsChanged(long planId, Set<Long> participatingAgencyIds) {

    public PlanParticipantsChanged {
        participatingAgencyIds = Set.copyOf(participatingAgencyIds);
    }
}
