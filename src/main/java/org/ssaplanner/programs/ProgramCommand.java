package org.ssaplanner.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * A program's fields as a form submits them. {@code newUnit}, when given, is added to the country's
 * unit registry in the same transaction and becomes the recipient unit.
 */
public record ProgramCommand(String title, String description, long leadAgencyId, Set<Long> supportingAgencyIds,
        Set<Long> authorityIds, String assistanceTypeCode, Long recipientUnitId, NewUnit newUnit,
        String recipientTypeCode, Set<String> capabilityDomainCodes, Set<ObjectiveCategory> categories,
        ObjectiveCategory primaryCategory, Horizon horizon, Level priority, Level risk, LocalDate startDate,
        LocalDate endDate, String absorptiveCapacityAssessment, Level absorptiveCapacityRating, String sustainer,
        BigDecimal sustainmentAnnualCost) {

    public record NewUnit(String name, String forceTypeCode) {
    }
}
