package org.ssaplanner.evaluations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.evaluations.domain.Indicator;
import org.ssaplanner.evaluations.domain.IndicatorRepository;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ReferenceDataService;

/** Read-only views across programs: a partner unit's performance, and the portfolio's outcome evidence. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ResultsReportService {

    private final IndicatorRepository indicators;
    private final IndicatorService indicatorService;
    private final PartnerUnitService units;
    private final ReferenceDataService reference;
    private final ObjectProvider<ProgramContextSource> programs;
    private final ObjectProvider<UnitIncidentSource> incidents;

    ResultsReportService(IndicatorRepository indicators, IndicatorService indicatorService, PartnerUnitService units,
            ReferenceDataService reference, ObjectProvider<ProgramContextSource> programs,
            ObjectProvider<UnitIncidentSource> incidents) {
        this.indicators = indicators;
        this.indicatorService = indicatorService;
        this.units = units;
        this.reference = reference;
        this.programs = programs;
        this.incidents = incidents;
    }

    /** Indicators about the unit, programs for it, and its human-rights incidents (null when no incident source). */
    @PreAuthorize("isAuthenticated()")
    public PartnerPerformance partnerPerformance(long unitId) {
        PartnerUnitSummary unit = units.get(unitId);
        ProgramContextSource source = programs.getIfAvailable();
        List<Indicator> found = indicators.findByPartnerUnitIdOrderByNameAsc(unitId);
        List<IndicatorDetail> details = indicatorService.toDetails(found, java.util.Optional.empty());
        Map<Long, String> titles = source == null ? Map.of()
                : found.stream().map(Indicator::getProgramId).distinct()
                        .map(source::program).flatMap(java.util.Optional::stream)
                        .collect(Collectors.toMap(ProgramContext::programId, ProgramContext::title));
        List<PartnerPerformance.UnitIndicator> rows = details.stream()
                .map(d -> new PartnerPerformance.UnitIndicator(d, titles.get(d.programId()))).toList();
        UnitIncidentSource incidentSource = incidents.getIfAvailable();
        return new PartnerPerformance(unit, rows, source == null ? List.of() : source.programsForUnit(unitId),
                incidentSource == null ? null : incidentSource.incidentsOfUnit(unitId));
    }

    /**
     * Share of programs with outcome or impact evidence, in all, by lead agency and by partner country.
     * Which programs have such indicators is one SQL query; the programs themselves come from the
     * program source.
     */
    @PreAuthorize("isAuthenticated()")
    public PortfolioResults portfolio() {
        ProgramContextSource source = programs.getIfAvailable();
        if (source == null) {
            return new PortfolioResults(false, new PortfolioResults.Share("", 0, 0), List.of(), List.of());
        }
        List<ProgramContext> all = source.allPrograms();
        Set<Long> evidenced = new HashSet<>(
                indicators.programsWithLevels(EnumSet.of(MetricLevel.OUTCOME, MetricLevel.IMPACT)));
        Map<Long, String> countryNames = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::name));
        PortfolioResults.Share total = new PortfolioResults.Share("",
                all.size(), all.stream().filter(p -> evidenced.contains(p.programId())).count());
        return new PortfolioResults(true, total,
                shares(all, evidenced, ProgramContext::leadAgencyCode),
                shares(all, evidenced, p -> countryNames.getOrDefault(p.countryId(), "#" + p.countryId())));
    }

    private static List<PortfolioResults.Share> shares(List<ProgramContext> all, Set<Long> evidenced,
            Function<ProgramContext, String> key) {
        Map<String, List<ProgramContext>> groups = all.stream()
                .collect(Collectors.groupingBy(p -> key.apply(p) == null ? "?" : key.apply(p), TreeMap::new,
                        Collectors.toList()));
        List<PortfolioResults.Share> result = new ArrayList<>();
        groups.forEach((label, group) -> result.add(new PortfolioResults.Share(label, group.size(),
                group.stream().filter(p -> evidenced.contains(p.programId())).count())));
        result.sort(Comparator.comparingInt(PortfolioResults.Share::percent).thenComparing(PortfolioResults.Share::label));
        return result;
    }
}
