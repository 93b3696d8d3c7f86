package org.ssaplanner.programs;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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
import org.ssaplanner.shared.ReadOncePerRequest;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
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
    private final MessageSource messages;
    private final ProgramHistoryCollections historyCollections;

    ProgramDetailService(ProgramRepository programs, PlanService plans, AgencyService agencies,
            ReferenceDataService reference, PartnerUnitService units, AuthorityDirectory authorities,
            TaxonomyService taxonomy, EntityManager entityManager, MessageSource messages,
            ProgramHistoryCollections historyCollections) {
        this.historyCollections = historyCollections;
        this.programs = programs;
        this.plans = plans;
        this.agencies = agencies;
        this.reference = reference;
        this.units = units;
        this.authorities = authorities;
        this.taxonomy = taxonomy;
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /** The program with names resolved; read once per page view, which asks for it in several places (issue 18). */
    @PreAuthorize("isAuthenticated()")
    public ProgramDetail get(long id) {
        return ReadOncePerRequest.get("program.detail." + id, () -> detail(id));
    }

    private ProgramDetail detail(long id) {
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
        ProgramDetail p = get(id);
        return taxonomy.suggest(p.assistanceTypeCode(), p.recipientTypeCode(), p.capabilityDomainCodes());
    }

    /**
     * The program's changes, field by field: the fields of {@link ProgramFields} (also on its 409 page), then its
     * status and funding lines, which change by their own actions.
     */
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        get(id);
        ProgramFields.Names names = new ProgramFields.Names(agencies, authorities.all(), reference, units, messages);
        RecordFields<Program> fields = ProgramFields.describe(names).readFrom(ProgramDetailService::asCommand)
                .and("status", "program.status", p -> names.label("program.status", p.getStatus()))
                .and("funding (requested / allocated / obligated / disbursed)", "funding.title",
                        p -> String.join(", ", p.getFundingLines().stream().map(FundingLine::describe).toList()));
        // the snapshots' collections in one statement per table for the whole history (issue 18)
        return RecordHistory.of(entityManager, Program.class, id, fields,
                (snapshots, revisions) -> historyCollections.restore(id, snapshots, revisions));
    }

    /** A stored program (or a snapshot of its history) as the form would submit it. */
    private static ProgramCommand asCommand(Program p) {
        return new ProgramCommand(p.getTitle(), p.getDescription(), p.getLeadAgencyId(), p.getSupportingAgencyIds(),
                p.getAuthorityIds(), p.getAssistanceTypeCode(), p.getRecipientUnitId(), null, p.getRecipientTypeCode(),
                p.getCapabilityDomainCodes(), p.getCategories(), p.getPrimaryCategory(), p.getHorizon(), p.getPriority(),
                p.getRisk(), p.getStartDate(), p.getEndDate(), p.getAbsorptiveCapacityAssessment(),
                p.getAbsorptiveCapacityRating(), p.getSustainer(), p.getSustainmentAnnualCost());
    }

    private Program load(long id) {
        return programs.findById(id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    private static FundingLineView view(FundingLine f) {
        return new FundingLineView(f.getId(), f.getFiscalYear(), f.getFundingAccount(), f.getRequested(),
                f.getAllocated(), f.getObligated(), f.getDisbursed(), f.getObligatedWhileBlockedBy());
    }

    private static Map<String, String> names(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
    }

    private static String label(AgencySummary agency) {
        return agency == null ? "?" : agency.label();
    }
}
