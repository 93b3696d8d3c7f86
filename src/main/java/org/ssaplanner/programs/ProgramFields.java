package org.ssaplanner.programs;

import static org.ssaplanner.shared.audit.RecordFields.list;
import static org.ssaplanner.shared.audit.RecordFields.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.audit.RecordFields;

/**
 * A program's editable fields, described once (as the program form submits them, a {@link ProgramCommand}): the
 * program's change history ({@code ProgramDetailService.history}) and its 409 page (the edit controller) both show
 * them from this description, with names and labels instead of ids and codes.
 */
public final class ProgramFields {

    private ProgramFields() {
    }

    /** The form's fields in the form's order. */
    public static RecordFields<ProgramCommand> describe(Names names) {
        return RecordFields.<ProgramCommand>describe()
                .and("title", "program.title", ProgramCommand::title)
                .and("description", "program.description", ProgramCommand::description)
                .and("leadAgency", "program.leadAgency", c -> names.agency(c.leadAgencyId()))
                .and("supportingAgencies", "program.supportingAgencies",
                        c -> list(c.supportingAgencyIds(), names::agency))
                .and("authorities", "program.authorities", c -> list(c.authorityIds(), names::authority))
                .and("assistanceType", "program.assistanceType", c -> names.assistanceType(c.assistanceTypeCode()))
                .and("recipientUnit", "program.recipientUnit", c -> c.newUnit() != null ? c.newUnit().name()
                        : c.recipientUnitId() == null ? "" : names.unit(c.recipientUnitId()))
                .and("recipientType", "program.recipientType", c -> names.recipientType(c.recipientTypeCode()))
                .and("capabilityDomains", "program.capabilityDomains",
                        c -> list(c.capabilityDomainCodes(), names::capabilityDomain))
                .and("categories", "program.categories", c -> list(c.categories(), v -> names.label("category", v)))
                .and("primaryCategory", "program.primaryCategory", c -> names.label("category", c.primaryCategory()))
                .and("horizon", "program.horizon", c -> names.label("horizon", c.horizon()))
                .and("priority", "program.priority", c -> names.label("level", c.priority()))
                .and("risk", "program.risk", c -> names.label("level", c.risk()))
                .and("startDate", "program.startDate", c -> text(c.startDate()))
                .and("endDate", "program.endDate", c -> text(c.endDate()))
                .and("absorptiveCapacityAssessment", "program.absorptiveCapacityAssessment",
                        ProgramCommand::absorptiveCapacityAssessment)
                .and("absorptiveCapacityRating", "program.absorptiveCapacityRating",
                        c -> names.label("level", c.absorptiveCapacityRating()))
                .and("sustainer", "program.sustainer", ProgramCommand::sustainer)
                .and("sustainmentAnnualCost", "program.sustainmentAnnualCost", c -> text(c.sustainmentAnnualCost()));
    }

    /**
     * Names of what a program refers to by id or code, and labels of its enumerated values (message keys
     * {@code <prefix>.<NAME>}, in the request's locale); an id or code without a name is shown as it is.
     */
    public static final class Names {

        private final Map<Long, String> agencyCodes;
        private final Map<Long, String> authorityNames;
        private final Map<String, String> assistanceTypes;
        private final Map<String, String> recipientTypes;
        private final Map<String, String> capabilityDomains;
        private final Function<Long, PartnerUnitSummary> units;
        private final Map<Long, String> unitLabels = new HashMap<>();
        private final MessageSource messages;

        public Names(AgencyService agencies, Collection<AuthorityOption> authorities, ReferenceDataService reference,
                PartnerUnitService units, MessageSource messages) {
            this.agencyCodes = agencies.tree().stream()
                    .collect(Collectors.toMap(AgencySummary::id, AgencySummary::code, (a, b) -> a));
            this.authorityNames = authorities.stream()
                    .collect(Collectors.toMap(AuthorityOption::id, AuthorityOption::shortName, (a, b) -> a));
            this.assistanceTypes = names(reference.assistanceTypes());
            this.recipientTypes = names(reference.recipientTypes());
            this.capabilityDomains = names(reference.capabilityDomains());
            this.units = id -> units.byIds(List.of(id)).get(id);
            this.messages = messages;
        }

        String agency(Long id) {
            return id == null ? "" : agencyCodes.getOrDefault(id, String.valueOf(id));
        }

        String authority(Long id) {
            return authorityNames.getOrDefault(id, String.valueOf(id));
        }

        String assistanceType(String code) {
            return code == null ? "" : assistanceTypes.getOrDefault(code, code);
        }

        String recipientType(String code) {
            return code == null ? "" : recipientTypes.getOrDefault(code, code);
        }

        String capabilityDomain(String code) {
            return capabilityDomains.getOrDefault(code, code);
        }

        String unit(long id) {
            return unitLabels.computeIfAbsent(id, key -> {
                PartnerUnitSummary unit = units.apply(key);
                return unit == null ? String.valueOf(key) : unit.label();
            });
        }

        String label(String prefix, Enum<?> value) {
            return value == null ? ""
                    : messages.getMessage(prefix + "." + value.name(), null, value.name(), LocaleContextHolder.getLocale());
        }

        private static Map<String, String> names(List<ReferenceItem> items) {
            return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name, (a, b) -> a));
        }
    }
}
