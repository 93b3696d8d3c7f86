package org.ssaplanner.compliance;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.compliance.domain.ComplianceFinding;
import org.ssaplanner.compliance.domain.ComplianceProgramRepository;
import org.ssaplanner.compliance.domain.FindingSearch;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.database.ReportQuery;

/** The stored findings (as {@link FindingRecomputationService} last computed them), per program, plan or filter. */
@Service
@ReportQuery
public class FindingQueryService {

    /** Blocking first, then by restriction code. */
    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(Finding::restrictionCode);

    private final ComplianceProgramRepository programs;
    private final FindingSearch search;
    private final RestrictionService restrictions;
    private final ReferenceDataService reference;

    FindingQueryService(ComplianceProgramRepository programs, FindingSearch search, RestrictionService restrictions,
            ReferenceDataService reference) {
        this.programs = programs;
        this.search = search;
        this.restrictions = restrictions;
        this.reference = reference;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Finding> findingsFor(long programId) {
        return findingsForPrograms(List.of(programId)).getOrDefault(programId, List.of());
    }

    /** Stored findings per program (programs without findings are absent), blocking first. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<Finding>> findingsForPrograms(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, RestrictionDetail> byId = restrictionsById();
        return programs.findingsOf(programIds).stream()
                .map(f -> toFinding(f, byId.get(f.getRestrictionId())))
                .sorted(FINDING_ORDER)
                .collect(Collectors.groupingBy(Finding::programId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Stored findings of every program of a country plan, per program (for the plan page's roll-up). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<Finding>> findingsForPlan(long planId) {
        return findingsForPrograms(programs.programIdsForPlan(planId));
    }

    /**
     * The restrictions for which a waiver can be requested or a statutory exception claimed (waivable, or with
     * exceptions): the pages offer "Request a waiver" only for these (a Leahy restriction has neither).
     */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> relievableRestrictionIds() {
        return restrictions.all().stream().filter(r -> r.waivable() || !r.exceptions().isEmpty())
                .map(RestrictionDetail::id).collect(Collectors.toUnmodifiableSet());
    }

    /** {@link #relievableRestrictionIds()} when a finding among these blocks (the only case a page asks), else none. */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> relievableRestrictionIds(Collection<Finding> shown) {
        return shown.stream().anyMatch(Finding::blocking) ? relievableRestrictionIds() : Set.of();
    }

    /** The status each program of the plan had when its findings were last evaluated (e.g. ACTIVE), by program id. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> statusesForPlan(long planId) {
        Map<Long, String> statuses = new LinkedHashMap<>();
        for (Object[] row : programs.statusesOfPlan(planId)) {
            statuses.put((Long) row[0], (String) row[1]);
        }
        return statuses;
    }

    /** The order of the finding list asked for by the URL's {@code sort} and {@code dir} (whitelisted). */
    public static ListSort order(String sort, String dir) {
        return FindingSearch.SORTS.resolve(sort, dir);
    }

    /** A page of findings; {@code pageable}'s sort is {@link ListSort#asKeySort()} of {@link #order}. */
    @PreAuthorize("isAuthenticated()")
    public Page<FindingRow> search(FindingFilter filter, Pageable pageable) {
        Map<Long, RestrictionDetail> byId = restrictionsById();
        Map<Long, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::name));
        return search.search(filter.countryId(), filter.restrictionId(), filter.severity(), filter.programId(),
                filter.programStatus() == null ? null : filter.programStatus().name(), pageable)
                .map(f -> {
                    RestrictionDetail r = byId.get(f.restrictionId());
                    return new FindingRow(f.programId(), f.programTitle(), f.countryId(),
                            countries.getOrDefault(f.countryId(), "?"), f.restrictionId(),
                            r == null ? "?" : r.code(), r == null ? "?" : r.citation(), f.severity(), f.reason(),
                            f.waiverId(), f.evaluatedOn());
                });
    }

    private Map<Long, RestrictionDetail> restrictionsById() {
        return restrictions.all().stream().collect(Collectors.toMap(RestrictionDetail::id, Function.identity()));
    }

    private static Finding toFinding(ComplianceFinding f, RestrictionDetail r) {
        return new Finding(f.getProgramId(), f.getRestrictionId(), r == null ? "?" : r.code(),
                r == null ? "?" : r.citation(), r == null ? "?" : r.title(), f.getSeverity(), f.getReason(),
                f.getWaiverId(), f.getEvaluatedOn());
    }
}
