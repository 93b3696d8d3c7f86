package org.ssaplanner.plans;

import java.util.Set;

public record PlanCommand(long countryId, String title, int startFiscalYear, int endFiscalYear,
        String desiredEndStates, long conductorUserId, Set<Long> participatingAgencyIds) {
}
