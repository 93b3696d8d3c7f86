package org.ssaplanner.programs;

import static org.ssaplanner.shared.Text.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.partners.PartnerUnitValidationException;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.programs.domain.AuthorityDirectory;
import org.ssaplanner.programs.domain.Program;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;

/**
 * The rules a program's fields obey, checked by {@link ProgramService} on every create and update; each violation
 * names the form field it belongs to. The rules among the program's own fields ({@link #ownFields}) need no
 * lookup: when the program form is refused for other reasons before it reaches the service, its controller adds
 * them, so that the user sees every message at once (each request checks them once, there or here).
 */
@Component
public class ProgramRules {

    private final AgencyService agencies;
    private final AuthorityDirectory authorities;
    private final ReferenceDataService reference;
    private final PartnerUnitService units;

    ProgramRules(AgencyService agencies, AuthorityDirectory authorities, ReferenceDataService reference,
            PartnerUnitService units) {
        this.agencies = agencies;
        this.authorities = authorities;
        this.reference = reference;
        this.units = units;
    }

    /** End not before start, at least one authority, at least one category and the primary among them. */
    public static List<Violation> ownFields(LocalDate startDate, LocalDate endDate, Set<Long> authorityIds,
            Set<ObjectiveCategory> categories, ObjectiveCategory primaryCategory) {
        List<Violation> violations = new ArrayList<>();
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            violations.add(new Violation("endDate", "program.dates.order"));
        }
        if (categories == null || categories.isEmpty()) {
            violations.add(new Violation("categories", "program.categories.required"));
        } else if (primaryCategory == null || !categories.contains(primaryCategory)) {
            violations.add(new Violation("primaryCategory", "program.primary.notSelected"));
        }
        if (authorityIds == null || authorityIds.isEmpty()) {
            violations.add(new Violation("authorityIds", "program.authorities.required"));
        }
        return violations;
    }

    /**
     * Checks the command against the plan and the reference data and, if it passes, writes it onto the program
     * (adding the new recipient unit to the country's registry first, when the command asks for one). Refuses with
     * every violation at once; nothing is written then.
     */
    void apply(Program program, PlanContext plan, ProgramCommand c) {
        List<Violation> violations = new ArrayList<>(
                ownFields(c.startDate(), c.endDate(), c.authorityIds(), c.categories(), c.primaryCategory()));
        if (!plan.participatingAgencyIds().contains(c.leadAgencyId())) {
            violations.add(new Violation("leadAgencyId", "program.lead.notParticipating"));
        }
        Set<Long> supporting = c.supportingAgencyIds() == null ? Set.of() : c.supportingAgencyIds();
        if (agencies.byIds(supporting).size() != supporting.size()) {
            violations.add(new Violation("supportingAgencyIds", "program.agencies.unknown"));
        }
        Set<Long> authorityIds = c.authorityIds() == null ? Set.of() : c.authorityIds();
        if (!authorityIds.isEmpty() && authorities.byIds(authorityIds).size() != authorityIds.size()) {
            violations.add(new Violation("authorityIds", "program.code.unknown"));
        }
        if (!names(reference.assistanceTypes()).containsKey(c.assistanceTypeCode())) {
            violations.add(new Violation("assistanceTypeCode", "program.code.unknown"));
        }
        Set<String> domains = c.capabilityDomainCodes() == null ? Set.of() : c.capabilityDomainCodes();
        if (!names(reference.capabilityDomains()).keySet().containsAll(domains)) {
            violations.add(new Violation("capabilityDomainCodes", "program.code.unknown"));
        }
        if (c.sustainmentAnnualCost() != null && c.sustainmentAnnualCost().signum() < 0) {
            violations.add(new Violation("sustainmentAnnualCost", "funding.amount.negative"));
        }
        boolean addsUnit = c.newUnit() != null && c.newUnit().name() != null && !c.newUnit().name().isBlank();
        Long unitId = c.recipientUnitId();
        String recipientType = blankToNull(c.recipientTypeCode());
        if (!addsUnit && unitId != null) {
            PartnerUnitSummary unit = units.byIds(List.of(unitId)).get(unitId);
            if (unit == null || unit.countryId() != plan.countryId()) {
                violations.add(new Violation("recipientUnitId", "program.unit.otherCountry"));
            } else if (recipientType == null) {
                recipientType = unit.forceTypeCode();
            }
        }
        if (addsUnit && recipientType == null) {
            recipientType = blankToNull(c.newUnit().forceTypeCode());
        }
        if (recipientType == null || !names(reference.recipientTypes()).containsKey(recipientType)) {
            violations.add(new Violation("recipientTypeCode", "program.recipientType.required"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        if (addsUnit) {
            try {
                unitId = units.create(new PartnerUnitCommand(plan.countryId(), c.newUnit().name().trim(),
                        c.newUnit().forceTypeCode(), null, null));
            } catch (PartnerUnitValidationException e) {
                throw new FieldValidationException("newUnit" + capitalize(e.field()), e.messageKey());
            }
        }
        program.describe(c.title().trim(), blankToNull(c.description()), c.leadAgencyId(), supporting, authorityIds,
                c.assistanceTypeCode(), unitId, recipientType, domains, c.horizon(), c.priority(), c.risk(),
                c.startDate(), c.endDate());
        program.classify(c.categories(), c.primaryCategory());
        program.sustainmentCase(blankToNull(c.absorptiveCapacityAssessment()), c.absorptiveCapacityRating(),
                blankToNull(c.sustainer()), c.sustainmentAnnualCost());
    }

    private static Map<String, String> names(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
    }

    private static String capitalize(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
