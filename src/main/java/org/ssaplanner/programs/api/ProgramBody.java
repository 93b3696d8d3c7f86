package org.ssaplanner.programs.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramCommand;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * The body of a program's create or update: every field of the program's form, by id and code (the same rules and
 * messages apply as in the browser; a new recipient unit is added in the browser only).
 */
record ProgramBody(String title, String description, Long leadAgencyId, Set<Long> supportingAgencyIds,
        Set<Long> authorityIds, String assistanceTypeCode, Long recipientUnitId, String recipientTypeCode,
        Set<String> capabilityDomainCodes, Set<ObjectiveCategory> categories, ObjectiveCategory primaryCategory,
        Horizon horizon, Level priority, Level risk, LocalDate startDate, LocalDate endDate,
        String absorptiveCapacityAssessment, Level absorptiveCapacityRating, String sustainer,
        BigDecimal sustainmentAnnualCost) {

    ProgramCommand toCommand() {
        return new ProgramCommand(title, description, leadAgencyId == null ? 0 : leadAgencyId,
                supportingAgencyIds == null ? Set.of() : supportingAgencyIds,
                authorityIds == null ? Set.of() : authorityIds, assistanceTypeCode, recipientUnitId, null,
                recipientTypeCode, capabilityDomainCodes == null ? Set.of() : capabilityDomainCodes,
                categories == null ? Set.of() : categories, primaryCategory, horizon, priority, risk, startDate,
                endDate, absorptiveCapacityAssessment, absorptiveCapacityRating, sustainer, sustainmentAnnualCost);
    }
}
