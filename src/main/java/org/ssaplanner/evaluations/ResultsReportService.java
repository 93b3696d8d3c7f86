package org.ssaplanner.evaluations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.compliance.HumanRightsService;
import org.ssaplanner.evaluations.domain.Indicator;
import org.ssaplanner.evaluations.domain.IndicatorRepository;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.programs.ProgramPortfolioKey;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.database.ReportQuery;
import org.ssaplanner.shared.database.SharedReportReads;

/** Read-only views across programs: a partner unit's performance, and the portfolio's outcome evidence. */
@Service
@ReportQuery
@PreAuthorize("isAuthenticated()")
public class ResultsReportService {

    private final IndicatorRepository indicators;
    private final IndicatorService indicatorService;
    private final PartnerUnitService units;
    private final ReferenceDataService reference;
    private final ProgramContexts programs;
    private final HumanRightsService humanRights;
    private final AgencyService agencies;
    private final SharedReportReads shared;

    ResultsReportService(IndicatorRepository indicators, IndicatorService indicatorService, PartnerUnitService units,
            ReferenceDataService reference, ProgramContexts programs, HumanRightsService humanRights,
            AgencyService agencies, SharedReportReads shared) {
        this.indicators = indicators;
        this.indicatorService = indicatorService;
        this.units = units;
        this.reference = reference;
        this.programs = programs;
        this.humanRights = humanRights;
        this.agencies = agencies;
        this.shared = shared;
    }

    /** Indicators about the unit, programs for it, and its human-rights incidents (newest first). */
    @PreAuthorize("isAuthenticated()")
    public PartnerPerformance partnerPerformance(long unitId) {
        PartnerUnitSummary unit = units.get(unitId);
        List<Indicator> found = indicators.findByPartnerUnitIdOrderByNameAsc(unitId);
        List<IndicatorDetail> details = indicatorService.toDetails(found, Collections.emptyMap());
        // the programs' titles in one statement (a projection), not a program context read per program
        Map<Long, String> titles = found.isEmpty() ? Map.of()
                : programs.titles(found.stream().map(Indicator::getProgramId).collect(Collectors.toSet()));
        List<PartnerPerformance.UnitIndicator> rows = details.stream()
                .map(d -> new PartnerPerformance.UnitIndicator(d, titles.get(d.programId()))).toList();
        return new PartnerPerformance(unit, rows, programs.programsForUnit(unitId), humanRights.incidentsOfUnit(unitId));
    }

    /**
     * Share of programs with outcome or impact evidence, in all, by lead agency and by partner country.
     * Which programs have such indicators is one SQL query; the programs are counted from their keys (id,
     * country, lead agency), never loaded as entities: the report covers the whole portfolio.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PortfolioResults portfolio() {
        return shared.read("results-portfolio", this::computePortfolio);
    }

    private PortfolioResults computePortfolio() {
        List<ProgramPortfolioKey> all = programs.portfolioKeys();
        Set<Long> evidenced = new HashSet<>(
                indicators.programsWithLevels(EnumSet.of(MetricLevel.OUTCOME, MetricLevel.IMPACT)));
        Map<Long, String> countryNames = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::name));
        Map<Long, String> agencyCodes = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::code));
        PortfolioResults.Share total = new PortfolioResults.Share("",
                all.size(), all.stream().filter(p -> evidenced.contains(p.programId())).count());
        return new PortfolioResults(total,
                shares(all, evidenced, p -> agencyCodes.getOrDefault(p.leadAgencyId(), "?")),
                shares(all, evidenced, p -> countryNames.getOrDefault(p.countryId(), "#" + p.countryId())),
                Instant.now());
    }

    private static List<PortfolioResults.Share> shares(List<ProgramPortfolioKey> all, Set<Long> evidenced,
            Function<ProgramPortfolioKey, String> key) {
        Map<String, long[]> counts = new TreeMap<>();
        for (ProgramPortfolioKey program : all) {
            long[] count = counts.computeIfAbsent(key.apply(program), k -> new long[2]);
            count[0]++;
            if (evidenced.contains(program.programId())) {
                count[1]++;
            }
        }
        List<PortfolioResults.Share> result = new ArrayList<>();
        counts.forEach((label, count) -> result.add(new PortfolioResults.Share(label, count[0], count[1])));
        result.sort(Comparator.comparingInt(PortfolioResults.Share::percent).thenComparing(PortfolioResults.Share::label));
        return List.copyOf(result);
    }
}
