package org.ssaplanner.programs;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.domain.AuthorityDirectory;
import org.ssaplanner.programs.domain.FundingLine;
import org.ssaplanner.programs.domain.Program;
import org.ssaplanner.programs.domain.ProgramHistoryCollections;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordHistory;

/** One program as its page shows it: the detail with names resolved, the suggested categories, the change history. */
@Service
@Transactional(readOnly = true)
public class ProgramDetailService {

    private final ProgramRepository programs;
    private final PlanService plans;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final PartnerUnitService units;
    private final AuthorityDirectory authorities;
    private final TaxonomyService taxonomy;
    private final EntityManager entityManager;
    private final ProgramHistoryCollections historyCollections;

    ProgramDetailService(ProgramRepository programs, PlanService plans, AgencyService agencies,
            ReferenceDataService reference, PartnerUnitService units, AuthorityDirectory authorities,
            TaxonomyService taxonomy, EntityManager entityManager, ProgramHistoryCollections historyCollections) {
        this.historyCollections = historyCollections;
        this.programs = programs;
        this.plans = plans;
        this.agencies = agencies;
        this.reference = reference;
        this.units = units;
        this.authorities = authorities;
        this.taxonomy = taxonomy;
        this.entityManager = entityManager;
    }

    @PreAuthorize("isAuthenticated()")
    public ProgramDetail get(long id) {
        Program p = load(id);
        PlanContext plan = plans.context(p.getPlanId());
        CountryRef country = reference.country(plan.countryId()).orElseThrow();
        Set<Long> agencyIds = new HashSet<>(p.getSupportingAgencyIds());
        agencyIds.add(p.getLeadAgencyId());
        Map<Long, AgencySummary> agencyById = agencies.byIds(agencyIds);
        Map<Long, AuthorityOption> authorityById = authorities.byIds(p.getAuthorityIds());
        PartnerUnitSummary unit = p.getRecipientUnitId() == null ? null : units.get(p.getRecipientUnitId());
        Map<String, String> domainNames = names(reference.capabilityDomains());
        List<FundingLineView> lines = p.getFundingLines().stream().map(ProgramDetailService::view).toList();
        return new ProgramDetail(p.getId(), p.getVersion(), p.getPlanId(), plan.title(), plan.countryId(),
                country.name(), plan.startFiscalYear(), plan.endFiscalYear(), p.getTitle(), p.getDescription(),
                p.getLeadAgencyId(), label(agencyById.get(p.getLeadAgencyId())), p.getSupportingAgencyIds(),
                p.getSupportingAgencyIds().stream().map(agencyById::get).filter(Objects::nonNull)
                        .map(AgencySummary::label).sorted().toList(),
                p.getAuthorityIds(), authorityById.values().stream()
                        .sorted(Comparator.comparing(AuthorityOption::shortName)).toList(),
                p.getAssistanceTypeCode(), names(reference.assistanceTypes()).get(p.getAssistanceTypeCode()),
                p.getRecipientUnitId(), unit == null ? null : unit.label(), p.getRecipientTypeCode(),
                names(reference.recipientTypes()).get(p.getRecipientTypeCode()), p.getCapabilityDomainCodes(),
                p.getCapabilityDomainCodes().stream().map(domainNames::get).filter(Objects::nonNull).sorted().toList(),
                p.getCategories(), p.getPrimaryCategory(), p.getHorizon(), p.getPriority(), p.getRisk(), p.getStatus(),
                p.getStartDate(), p.getEndDate(), p.getAbsorptiveCapacityAssessment(), p.getAbsorptiveCapacityRating(),
                p.getSustainer(), p.getSustainmentAnnualCost(), lines,
                new ProgramDetail.Totals(p.total(FundingLine::getRequested), p.total(FundingLine::getAllocated),
                        p.total(FundingLine::getObligated), p.total(FundingLine::getDisbursed)),
                p.getUpdatedAt(), p.getUpdatedBy());
    }

    /** The objective categories the taxonomy suggests for the program as stored. */
    @PreAuthorize("isAuthenticated()")
    public CategorySuggestion suggestion(long id) {
        Program p = load(id);
        return taxonomy.suggest(p.getAssistanceTypeCode(), p.getRecipientTypeCode(), p.getCapabilityDomainCodes());
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        load(id);
        Map<String, Function<Program, Object>> fields = new LinkedHashMap<>();
        fields.put("title", Program::getTitle);
        fields.put("description", Program::getDescription);
        fields.put("leadAgency", p -> agencyCode(p.getLeadAgencyId()));
        fields.put("supportingAgencies", p -> p.getSupportingAgencyIds().stream().map(this::agencyCode).sorted().toList());
        Map<Long, String> authorityNames = new HashMap<>();
        fields.put("authorities", p -> authorityNames(p.getAuthorityIds(), authorityNames));
        fields.put("assistanceType", Program::getAssistanceTypeCode);
        fields.put("recipientUnit", Program::getRecipientUnitId);
        fields.put("recipientType", Program::getRecipientTypeCode);
        fields.put("capabilityDomains", p -> p.getCapabilityDomainCodes().stream().sorted().toList());
        fields.put("categories", p -> p.getCategories().stream().map(Enum::name).sorted().toList());
        fields.put("primaryCategory", Program::getPrimaryCategory);
        fields.put("horizon", Program::getHorizon);
        fields.put("priority", Program::getPriority);
        fields.put("risk", Program::getRisk);
        fields.put("status", Program::getStatus);
        fields.put("startDate", Program::getStartDate);
        fields.put("endDate", Program::getEndDate);
        fields.put("absorptiveCapacityAssessment", Program::getAbsorptiveCapacityAssessment);
        fields.put("absorptiveCapacityRating", Program::getAbsorptiveCapacityRating);
        fields.put("sustainer", Program::getSustainer);
        fields.put("sustainmentAnnualCost", Program::getSustainmentAnnualCost);
        fields.put("funding (requested / allocated / obligated / disbursed)", p -> p.getFundingLines().stream()
                .map(FundingLine::describe).toList());
        // the snapshots' collections in one statement per table for the whole history (issue 18)
        return RecordHistory.of(entityManager, Program.class, id, fields,
                (snapshots, revisions) -> historyCollections.restore(id, snapshots, revisions));
    }

    /** Short names of the authorities, read once per authority for the whole history (not once per revision). */
    private List<String> authorityNames(Set<Long> ids, Map<Long, String> known) {
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(known.keySet());
        if (!missing.isEmpty()) {
            authorities.byIds(missing).values().forEach(a -> known.put(a.id(), a.shortName()));
            missing.forEach(m -> known.putIfAbsent(m, String.valueOf(m)));
        }
        return ids.stream().map(known::get).sorted().toList();
    }

    private Program load(long id) {
        return programs.findById(id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    private String agencyCode(long id) {
        return agencies.find(id).map(AgencySummary::code).orElse(String.valueOf(id));
    }

    private static FundingLineView view(FundingLine f) {
        return new FundingLineView(f.getId(), f.getFiscalYear(), f.getFundingAccount(), f.getRequested(),
                f.getAllocated(), f.getObligated(), f.getDisbursed());
    }

    private static Map<String, String> names(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
    }

    private static String label(AgencySummary agency) {
        return agency == null ? "?" : agency.label();
    }
}
