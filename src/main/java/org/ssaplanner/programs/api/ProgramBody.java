package org.ssaplanner.programs.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramCommand;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * The body of a program's create or update: every field of the program's form, by id and code (the same rules and
 * messages apply as in the browser, the form's checks included; a new recipient unit is added in the browser only).
 */
record ProgramBody(@NotBlank @Size(max = 300) String title, @Size(max = 10000) String description,
        @NotNull Long leadAgencyId, Set<Long> supportingAgencyIds, Set<Long> authorityIds,
        @NotBlank String assistanceTypeCode, Long recipientUnitId, String recipientTypeCode,
        Set<String> capabilityDomainCodes, Set<ObjectiveCategory> categories, ObjectiveCategory primaryCategory,
        @NotNull Horizon horizon, @NotNull Level priority, @NotNull Level risk, @NotNull LocalDate startDate,
        @NotNull LocalDate endDate, @Size(max = 10000) String absorptiveCapacityAssessment,
        Level absorptiveCapacityRating, @Size(max = 300) String sustainer,
        @DecimalMin(value = "0", message = "{funding.amount.negative}")
        @Digits(integer = 17, fraction = 2, message = "{funding.amount.digits}") BigDecimal sustainmentAnnualCost) {

    ProgramCommand toCommand() {
        return new ProgramCommand(title, description, leadAgencyId == null ? 0 : leadAgencyId,
                supportingAgencyIds == null ? Set.of() : supportingAgencyIds,
                authorityIds == null ? Set.of() : authorityIds, assistanceTypeCode, recipientUnitId, null,
                recipientTypeCode, capabilityDomainCodes == null ? Set.of() : capabilityDomainCodes,
                categories == null ? Set.of() : categories, primaryCategory, horizon, priority, risk, startDate,
                endDate, absorptiveCapacityAssessment, absorptiveCapacityRating, sustainer, sustainmentAnnualCost);
    }
}
