package org.ssaplanner.suggestions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.agencies.CapabilityKey;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.interchange.AgencyObligations;
import org.ssaplanner.interchange.CountryPictureService;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.suggestions.SuggestionRanking.Candidate;
import org.ssaplanner.suggestions.SuggestionRanking.Funder;
import org.ssaplanner.suggestions.SuggestionRanking.Obligations;
import org.ssaplanner.suggestions.domain.Dismissals;

/**
 * Who else could help (issue 14, section 2): agencies that do not take part in a plan, with the reasons they could
 * help ({@link SuggestionRanking}), read from the plans, programs, agencies, authorities and ForeignAssistance.gov
 * data through those modules' APIs. Everyone signed in reads; the plan's conductor and administrators invite a
 * suggested agency (through {@link PlanService#inviteAgency}) or dismiss the suggestion with a reason.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionService {

    /** The longest dismissal reason kept. */
    public static final int REASON_MAX = 2000;

    private final PlanService plans;
    private final ProgramFactsService programs;
    private final AgencyService agencies;
    private final AuthorityService authorities;
    private final CountryPictureService pictures;
    private final ReferenceDataService reference;
    private final Dismissals dismissals;
    private final ConcurrenceService concurrence;

    SuggestionService(PlanService plans, ProgramFactsService programs, AgencyService agencies,
            AuthorityService authorities, CountryPictureService pictures, ReferenceDataService reference,
            Dismissals dismissals, ConcurrenceService concurrence) {
        this.concurrence = concurrence;
        this.plans = plans;
        this.programs = programs;
        this.agencies = agencies;
        this.authorities = authorities;
        this.pictures = pictures;
        this.reference = reference;
        this.dismissals = dismissals;
    }

    /**
     * The suggestions of a plan: FA.gov obligations in the plan's fiscal years, the catalogue cells its programs
     * need, the often-missed kinds; dismissed ones apart. A fixed number of statements whatever the plan's size.
     */
    @PreAuthorize("isAuthenticated()")
    public PlanSuggestions forPlan(long planId) {
        PlanContext plan = plans.context(planId);
        CountryRef country = reference.country(plan.countryId()).orElseThrow();
        Map<CapabilityKey, Integer> needs = programs.capabilityNeeds(planId);
        List<Suggestion> ranked = rank(plan.participatingAgencyIds(), needs,
                pictures.obligationsByAgency(country.alpha3(), plan.startFiscalYear(), plan.endFiscalYear()));
        Map<Long, AgencySummary> agencyById = agencyById();
        List<Dismissed> dismissed = dismissals.ofPlan(planId).stream()
                .filter(d -> !plan.participatingAgencyIds().contains(d.agencyId()))
                .map(d -> {
                    AgencySummary agency = agencyById.get(d.agencyId());
                    return new Dismissed(d.agencyId(), agency == null ? "?" : agency.code(),
                            agency == null ? "?" : agency.label(), d.reason(), d.dismissedAt(), d.dismissedBy(),
                            agency != null && agency.active());
                }).toList();
        Set<Long> dismissedIds = dismissed.stream().map(Dismissed::agencyId).collect(Collectors.toSet());
        return new PlanSuggestions(planId, plan.title(), country, plan.startFiscalYear(), plan.endFiscalYear(),
                ranked.stream().filter(s -> !dismissedIds.contains(s.agencyId())).toList(), dismissed,
                !needs.isEmpty(), plans.canEdit(planId), concurrence.declinedInvitations(planId));
    }

    /**
     * For a partner country without a plan (none that is not archived): every agency that could help, from FA.gov
     * obligations in every published year and the often-missed kinds (no plan states needs yet); null when the
     * country has a plan (its plan page suggests then).
     */
    @PreAuthorize("isAuthenticated()")
    public PlanSuggestions forCountry(long countryId) {
        CountryRef country = reference.country(countryId).orElseThrow(() -> new NotFoundException("Country", countryId));
        boolean planned = plans.search(new PlanFilter(countryId, null, null, null, null), PageRequest.of(0, 100))
                .stream().anyMatch(p -> p.status() != PlanStatus.ARCHIVED);
        if (planned) {
            return null;
        }
        List<Suggestion> ranked = rank(Set.of(), Map.of(), pictures.obligationsByAgency(country.alpha3(), null, null));
        return new PlanSuggestions(null, null, country, 0, 0, ranked, List.of(), false, false, Map.of());
    }

    /** One current suggestion of the plan (for its dismiss form); 404 when the agency is not suggested now. */
    @PreAuthorize("isAuthenticated()")
    public Suggestion suggestion(long planId, long agencyId) {
        return forPlan(planId).suggestions().stream().filter(s -> s.agencyId() == agencyId).findFirst()
                .orElseThrow(() -> new NotFoundException("Suggestion", planId + "/" + agencyId));
    }

    /** Guard of the dismiss form: the conductor and administrators. */
    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    public void checkCanAct(long planId) {
        plans.context(planId);
    }

    /**
     * Dismisses a current suggestion with a reason (required), kept with who and when and shown to later reviewers.
     * Refused: no reason, a reason longer than {@link #REASON_MAX}, an agency that is not suggested (any more).
     */
    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void dismiss(long planId, long agencyId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new FieldValidationException("reason", "suggestion.dismiss.reason.required");
        }
        if (text.length() > REASON_MAX) {
            throw new FieldValidationException("reason", "suggestion.dismiss.reason.tooLong", REASON_MAX);
        }
        boolean suggested = forPlan(planId).suggestions().stream().anyMatch(s -> s.agencyId() == agencyId);
        if (!suggested) {
            throw new FieldValidationException("agencyId", "suggestion.dismiss.notSuggested");
        }
        dismissals.add(planId, agencyId, text, SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /**
     * Invites an agency to take part in the plan: it becomes participating (the plans module's
     * {@link PlanService#inviteAgency}, which refuses an inactive agency or one already taking part), with its
     * acceptance pending from its concurrence official (the concurrence module keeps the invitation). An agency
     * that declined earlier may be invited again.
     */
    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void invite(long planId, long agencyId) {
        plans.inviteAgency(planId, agencyId);
    }

    private List<Suggestion> rank(Set<Long> participating, Map<CapabilityKey, Integer> needs,
            List<AgencyObligations> obligations) {
        List<AgencySummary> tree = agencies.tree();
        Map<Long, AgencySummary> byId = tree.stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        Map<Long, Set<CapabilityKey>> catalogue = agencies.capabilityCatalogue();
        Map<Long, Set<String>> offered = new HashMap<>();
        for (AgencySummary agency : tree) {
            Set<String> types = catalogue.getOrDefault(agency.id(), Set.of()).stream()
                    .map(CapabilityKey::assistanceTypeCode).collect(Collectors.toSet());
            // what an agency offers, its department (and every level above) offers too
            Long current = agency.id();
            int depth = 0;
            while (current != null && depth++ < 50) {
                offered.computeIfAbsent(current, k -> new HashSet<>()).addAll(types);
                AgencySummary at = byId.get(current);
                current = at == null ? null : at.parentId();
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (AgencySummary agency : tree) {
            AgencySummary department = department(agency, byId);
            candidates.add(new Candidate(agency.id(), agency.code(), agency.label(), agency.parentId(), department.id(),
                    department.name(), agency.active(), agency.hasOwnBudget(),
                    catalogue.getOrDefault(agency.id(), Set.of()), offered.getOrDefault(agency.id(), Set.of())));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<Long, Set<String>> permitted = authorities.permittedAssistanceTypes();
        List<Funder> funders = new ArrayList<>();
        for (AuthoritySummary authority : authorities.all()) {
            AgencySummary manager = byId.get(authority.managingAgencyId());
            if (authority.expiredOn(today) || manager == null) {
                continue;
            }
            funders.add(new Funder(authority.label(), department(manager, byId).id(),
                    permitted.getOrDefault(authority.id(), Set.of())));
        }
        Map<Long, Obligations> active = new HashMap<>();
        obligations.forEach(o -> active.put(o.agencyId(), new Obligations(o.obligations(), o.firstFiscalYear(),
                o.lastFiscalYear())));
        Map<String, String> typeNames = reference.assistanceTypes().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        Map<String, String> domainNames = reference.capabilityDomains().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        return SuggestionRanking.rank(new SuggestionRanking.Inputs(candidates, participating, needs, active, funders,
                typeNames, domainNames));
    }

    private static AgencySummary department(AgencySummary agency, Map<Long, AgencySummary> byId) {
        AgencySummary current = agency;
        int depth = 0;
        while (current.parentId() != null && byId.containsKey(current.parentId()) && depth++ < 50) {
            current = byId.get(current.parentId());
        }
        return current;
    }

    private Map<Long, AgencySummary> agencyById() {
        return agencies.tree().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }
}
