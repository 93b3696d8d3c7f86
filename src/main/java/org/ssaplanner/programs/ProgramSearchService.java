package org.ssaplanner.programs;

import static org.ssaplanner.shared.Text.blankToNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.programs.domain.ProgramSearch;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.ListSort;

/**
 * Finding programs across plans (filters and sort in SQL, {@link ProgramSearch}), and who is responsible for a
 * program (the waiver request form of the authorities module asks).
 */
@Service
@Transactional(readOnly = true)
public class ProgramSearchService {

    private final ProgramSearch search;
    private final ProgramRepository programs;
    private final PlanService plans;
    private final AgencyService agencies;
    private final ReferenceDataService reference;

    ProgramSearchService(ProgramSearch search, ProgramRepository programs, PlanService plans, AgencyService agencies,
            ReferenceDataService reference) {
        this.search = search;
        this.programs = programs;
        this.plans = plans;
        this.agencies = agencies;
        this.reference = reference;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<ProgramSummary> search(ProgramFilter filter, ProgramSort sort, Pageable pageable) {
        return search(filter, order(sort, null), pageable, null, null);
    }

    /** The search in the order of a sortable column header: {@link #order(ProgramSort, String)}. */
    @PreAuthorize("isAuthenticated()")
    public Page<ProgramSummary> search(ProgramFilter filter, ListSort order, Pageable pageable) {
        return search(filter, order, pageable, null, null);
    }

    /** The order of {@code sort} (null: most recently updated first) in {@code dir} (asc, desc, else its first). */
    public static ListSort order(ProgramSort sort, String dir) {
        return sort == null ? ProgramSearch.SORTS.defaultSort() : ProgramSearch.SORTS.resolve(sort.name(), dir);
    }

    /** Programs found by text that are led by the agency or in a plan the user conducts (waiver requests). */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramSummary> searchResponsible(String text, long agencyId, long userId, int limit) {
        ProgramFilter filter = new ProgramFilter(null, null, null, null, null, null, null, null, null, null, text);
        return search(filter, order(ProgramSort.TITLE, null), PageRequest.of(0, limit), agencyId, userId).getContent();
    }

    /** Is any program led by the agency or in a plan the user conducts (as {@link #searchResponsible} finds them)? */
    @PreAuthorize("isAuthenticated()")
    public boolean anyResponsible(long agencyId, long userId) {
        return programs.anyResponsible(agencyId, userId);
    }

    /** The program's lead agency id and its plan's conductor user id, if the program exists. */
    @PreAuthorize("isAuthenticated()")
    public Optional<long[]> responsibility(long id) {
        return programs.placementReadOnce(id).map(placement -> new long[] {placement.leadAgencyId(),
                plans.context(placement.planId()).conductorUserId()});
    }

    private Page<ProgramSummary> search(ProgramFilter filter, ListSort sort, Pageable pageable,
            Long responsibleAgencyId, Long responsibleUserId) {
        Long countryId = null;
        if (filter.country() != null && !filter.country().isBlank()) {
            countryId = reference.countryByCode(filter.country()).map(CountryRef::id).orElse(-1L);
        }
        Page<ProgramSearch.Row> rows = search.search(new ProgramSearch.Criteria(countryId, filter.agencyId(),
                filter.authorityId(), blankToNull(filter.assistanceTypeCode()), blankToNull(filter.recipientTypeCode()),
                blankToNull(filter.capabilityDomainCode()), filter.category() == null ? null : filter.category().name(),
                filter.status() == null ? null : filter.status().name(),
                filter.horizon() == null ? null : filter.horizon().name(), filter.fiscalYear(), filter.text(),
                responsibleAgencyId, responsibleUserId),
                sort, pageable);
        if (rows.isEmpty()) {
            return rows.map(r -> null);
        }
        Map<Long, CountryRef> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, Function.identity()));
        Map<Long, AgencySummary> agencyById = agencies.byIds(rows.map(ProgramSearch.Row::leadAgencyId).toSet());
        return rows.map(r -> {
            CountryRef country = countries.get(r.countryId());
            AgencySummary lead = agencyById.get(r.leadAgencyId());
            return new ProgramSummary(r.id(), r.title(), r.planId(), r.planTitle(),
                    country == null ? "?" : country.name(), country == null ? "?" : country.alpha2(),
                    lead == null ? "?" : lead.code(), r.assistanceTypeCode(), ObjectiveCategory.valueOf(r.primaryCategory()),
                    Horizon.valueOf(r.horizon()), ProgramStatus.valueOf(r.status()), r.startDate(), r.endDate(),
                    r.allocated());
        });
    }
}
