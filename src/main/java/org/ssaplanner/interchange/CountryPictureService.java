package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.interchange.CountryPicture.ActiveAgency;
import org.ssaplanner.interchange.CountryPicture.Amounts;
import org.ssaplanner.interchange.engine.ActivityQueries;
import org.ssaplanner.interchange.engine.ActivityQueries.AreaRecord;
import org.ssaplanner.interchange.engine.ActivityQueries.IndexLine;
import org.ssaplanner.interchange.engine.ActivityQueries.Line;
import org.ssaplanner.interchange.engine.ActivityQueries.Lines;
import org.ssaplanner.interchange.engine.ActivityQueries.SourceRow;
import org.ssaplanner.interchange.engine.IatiQueries;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.database.ReportQuery;

/** The interagency picture of a partner country from imported ForeignAssistance.gov data; for every signed-in user. */
@Service
@ReportQuery
public class CountryPictureService {

    private final ActivityQueries queries;
    private final ReferenceDataService reference;
    private final AgencyService agencies;
    private final PlanService plans;
    private final IatiQueries iati;

    CountryPictureService(ActivityQueries queries, ReferenceDataService reference, AgencyService agencies,
            PlanService plans, IatiQueries iati) {
        this.iati = iati;
        this.queries = queries;
        this.reference = reference;
        this.agencies = agencies;
        this.plans = plans;
    }

    @PreAuthorize("isAuthenticated()")
    public CountryRef country(String iso3) {
        return reference.countryByCode(iso3).filter(c -> c.alpha3().equalsIgnoreCase(iso3.trim()))
                .orElseThrow(() -> new NotFoundException("Country", iso3));
    }

    /**
     * The area a code stands for: an ISO country (alpha-3 or alpha-2), Kosovo ({@code XKX}, published as
     * {@code CS-KM}), a former state, a region, the world, or another code with imported data; its {@code code} is
     * the address to use (a caller redirects when it differs from what was asked).
     */
    @PreAuthorize("isAuthenticated()")
    public Area area(String code) {
        String asked = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        Optional<CountryRef> country = asked.length() == 2 || asked.length() == 3
                ? reference.countryByCode(asked) : Optional.empty();
        if (country.isPresent()) {
            return area(country.get());
        }
        return queries.area(asked).map(CountryPictureService::area).orElseThrow(() -> new NotFoundException("Country", code));
    }

    private static Area area(CountryRef c) {
        return new Area(c.alpha3(), c.name(), AreaKind.COUNTRY, c.regionLabel(), c.alpha3(), null, null, null, null, true);
    }

    private static Area area(AreaRecord r) {
        if (r.kind() == null) {
            return new Area(r.code(), r.publishedName() == null ? r.code() : r.publishedName(), AreaKind.UNCLASSIFIED,
                    r.publishedRegion(), r.code(), null, null, null, null, false);
        }
        return new Area(r.code(), r.name(), AreaKind.valueOf(r.kind()), r.faRegion(), r.faCode(), r.faName(),
                r.retiredCode(), r.withdrawn(), r.note(), false);
    }

    /** The picture of an area (see {@link #area(String)}) from its aggregates: a fixed number of SQL statements. */
    @PreAuthorize("isAuthenticated()")
    public CountryPicture picture(String code) {
        return picture(area(code));
    }

    /** The picture of an area found with {@link #area(String)}. */
    @PreAuthorize("isAuthenticated()")
    public CountryPicture picture(Area area) {
        Map<Long, AgencySummary> agencyById = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        Function<String, String> agencyLabel = id -> id == null ? null
                : Optional.ofNullable(agencyById.get(Long.valueOf(id))).map(AgencySummary::label).orElse(null);
        Map<String, String> crs = reference.crsSectors().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        Map<String, String> domains = reference.capabilityDomains().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));

        Lines breakdowns = queries.breakdowns(area.code());
        Map<String, List<Line>> byGroup = breakdowns.lines().stream()
                .collect(Collectors.groupingBy(Line::group, LinkedHashMap::new, Collectors.toList()));
        Function<String, List<Line>> group = g -> byGroup.getOrDefault(g, List.of());

        List<ActiveAgency> notParticipating = new ArrayList<>();
        String newProgramFormUrl = null;
        boolean participationKnown = false;
        if (area.partnerCountry()) {
            List<PlanSummary> countryPlans = activePlans(area.code());
            // without a plan, no agency can be said to be absent from it
            participationKnown = !countryPlans.isEmpty();
            Set<Long> participating = participatingAgencyIds(countryPlans);
            for (Line line : participationKnown ? queries.activeAgencies(area.code()) : List.<Line>of()) {
                long id = Long.parseLong(line.key());
                if (!participating.contains(id) && agencyById.containsKey(id)) {
                    notParticipating.add(new ActiveAgency(id, agencyById.get(id).label(),
                            line.amount(TransactionType.OBLIGATIONS)));
                }
            }
            newProgramFormUrl = newProgramFormUrl(countryPlans);
        }
        Amounts none = new Amounts(null, null, null, null, null, Map.of(), 0);
        return new CountryPicture(area, types(breakdowns, "A"),
                map(group.apply("A:FY"), m -> null),
                map(group.apply("A:AGENCY"), agencyLabel),
                map(group.apply("A:BUREAU"), agencyLabel),
                map(group.apply("A:ACCOUNT"), Function.identity()),
                group.apply("A:PURPOSE").stream()
                        .map(a -> new Amounts(a.key(), a.label(), a.detailKey(), a.detailLabel(), crs.get(a.key()),
                                a.amounts(), a.rows()))
                        .toList(),
                map(group.apply("A:US_SECTOR"), d -> d == null ? null : domains.getOrDefault(d, d)),
                map(group.apply("A:OBJECTIVE"), m -> null),
                map(group.apply("A:ALL"), m -> null).stream().findFirst().orElse(none),
                types(breakdowns, "S"),
                map(group.apply("S:FY"), m -> null),
                map(group.apply("S:ALL"), m -> null).stream().findFirst().orElse(none),
                notParticipating, participationKnown, newProgramFormUrl);
    }

    /**
     * The SSA Planner agencies (as mapped) with obligations published for an ISO country in the fiscal years
     * {@code from}..{@code to}, or in every year when both are null; largest first. Read from the per-area aggregates:
     * one statement, whatever the number of published rows (issue 14: who else is active in a plan's country).
     */
    @PreAuthorize("isAuthenticated()")
    public List<AgencyObligations> obligationsByAgency(String iso3, Integer from, Integer to) {
        String code = country(iso3).alpha3();
        List<Line> lines = from == null || to == null ? queries.activeAgencies(code)
                : queries.activeAgencies(code, from, to);
        boolean years = from != null && to != null;
        return lines.stream().filter(l -> l.amount(TransactionType.OBLIGATIONS).signum() != 0)
                .map(l -> new AgencyObligations(Long.parseLong(l.key()), l.amount(TransactionType.OBLIGATIONS),
                        years ? l.label() : null, years ? l.detailKey() : null))
                .toList();
    }

    /** The country's plans that are not archived (read once per page: both the participation and the links need them). */
    private List<PlanSummary> activePlans(String iso3) {
        return reference.countryByCode(iso3)
                .map(country -> plans.search(new PlanFilter(country.id(), null, null, null, null), PageRequest.of(0, 100))
                        .stream().filter(plan -> plan.status() != PlanStatus.ARCHIVED).toList())
                .orElse(List.of());
    }

    /**
     * Agencies taking part in the country's plans, so the picture can call out agencies active on the ground but
     * absent from the plan.
     */
    private Set<Long> participatingAgencyIds(List<PlanSummary> countryPlans) {
        Set<Long> agencyIds = new HashSet<>();
        countryPlans.stream().map(PlanSummary::id).map(plans::context).map(PlanContext::participatingAgencyIds)
                .forEach(agencyIds::addAll);
        return agencyIds;
    }

    /** Every area with imported data, in sections (countries, former states, parts of countries, regions, others). */
    @PreAuthorize("isAuthenticated()")
    public CountryIndex index() {
        Map<String, CountryRef> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::alpha3, Function.identity()));
        Map<String, List<IndexLine>> byArea = queries.index().stream()
                .collect(Collectors.groupingBy(l -> l.area().code(), LinkedHashMap::new, Collectors.toList()));
        Map<String, TransactionType> activityTypes = new HashMap<>();
        Map<String, TransactionType> summaryTypes = new HashMap<>();
        List<CountryIndex.Entry> entries = new ArrayList<>();
        for (List<IndexLine> lines : byArea.values()) {
            IndexLine first = lines.get(0);
            CountryRef country = countries.get(first.area().code());
            Area area = country != null ? area(country) : area(first.area());
            Map<String, BigDecimal> activity = new HashMap<>();
            Map<String, BigDecimal> summary = new HashMap<>();
            for (IndexLine line : lines) {
                if (line.typeId() == null) {
                    continue;
                }
                boolean isActivity = "A".equals(line.source());
                (isActivity ? activity : summary).put(line.typeId(), line.amount());
                (isActivity ? activityTypes : summaryTypes).putIfAbsent(line.typeId(),
                        new TransactionType(line.typeId(), line.typeName()));
            }
            entries.add(new CountryIndex.Entry(area, first.activityRows(), activity, summary));
        }
        Comparator<CountryIndex.Entry> byName = Comparator.comparing(e -> e.area().name(), String.CASE_INSENSITIVE_ORDER);
        return new CountryIndex(sorted(activityTypes.values()), sorted(summaryTypes.values()),
                section(entries, AreaKind.COUNTRY, byName), section(entries, AreaKind.FORMER, byName),
                section(entries, AreaKind.AREA, byName),
                entries.stream().filter(e -> e.area().kind() == AreaKind.REGION || e.area().kind() == AreaKind.WORLD)
                        .sorted(Comparator.comparing((CountryIndex.Entry e) -> e.area().kind() != AreaKind.WORLD)
                                .thenComparing(e -> e.area().regionLabel() == null ? "" : e.area().regionLabel())
                                .thenComparing(byName))
                        .toList(),
                section(entries, AreaKind.UNCLASSIFIED, byName));
    }

    private static List<CountryIndex.Entry> section(List<CountryIndex.Entry> entries, AreaKind kind,
            Comparator<CountryIndex.Entry> order) {
        return entries.stream().filter(e -> e.area().kind() == kind).sorted(order).toList();
    }

    /** FA.gov country-summary amounts of every country, region and the world, by fiscal year and transaction type. */
    @PreAuthorize("isAuthenticated()")
    public List<Amounts> countrySummaryTotalsByFiscalYear() {
        return map(queries.allCountrySummaryByFiscalYear().lines(), m -> null);
    }

    /**
     * The IATI activities of an ISO country per publisher, and one page of the FA.gov activities whose obligations
     * differ from the IATI commitments of the activity they match (see {@link IatiPicture}); empty for other areas.
     * Two SQL statements whatever the number of activities.
     */
    @PreAuthorize("isAuthenticated()")
    public IatiPicture iati(Area area, Pageable discrepancyPage) {
        Optional<CountryRef> country = area.kind() == AreaKind.COUNTRY ? reference.countryByCode(area.code())
                .filter(c -> c.alpha3().equals(area.code()) && c.alpha2() != null) : Optional.empty();
        if (country.isEmpty()) {
            return new IatiPicture(List.of(), 0, Page.empty(discrepancyPage));
        }
        Map<String, IatiPicture.Publisher> publishers = new LinkedHashMap<>();
        for (IatiQueries.PublisherLine line : iati.publishers(country.get().alpha2())) {
            IatiPicture.Publisher publisher = publishers.computeIfAbsent(line.ref(),
                    ref -> new IatiPicture.Publisher(ref, line.name(), line.activities(), new ArrayList<>()));
            if (line.typeCode() != null) {
                publisher.amounts().add(new IatiPicture.TypeAmount(line.typeCode(), line.currency(), line.transactions(),
                        line.sum()));
            }
        }
        // read even when the country has no IATI activity: the page sends the same statements whatever its data
        IatiQueries.Reconciliation reconciliation = iati.reconcile(area.code(), country.get().alpha2(),
                discrepancyPage.getPageSize(), discrepancyPage.getOffset());
        List<IatiPicture.Discrepancy> page = reconciliation.page().stream()
                .map(d -> new IatiPicture.Discrepancy(d.projectNumber(), d.identifier(), d.publisher(), d.obligated(),
                        d.committed(), d.difference()))
                .toList();
        return new IatiPicture(publishers.values().stream()
                .map(p -> new IatiPicture.Publisher(p.ref(), p.name(), p.activities(), List.copyOf(p.amounts()))).toList(),
                reconciliation.matched(), new PageImpl<>(page, discrepancyPage, reconciliation.differing()));
    }

    /** One page of an ISO country's activities (see {@link #areaActivities}). */
    @PreAuthorize("isAuthenticated()")
    public Page<ActivityRow> activities(String iso3, ActivityFilter filter, Pageable pageable) {
        return queries.activities(country(iso3).alpha3(), filter == null ? ActivityFilter.none() : filter, pageable);
    }

    /**
     * One page of an area's activities, largest obligations first; unfiltered, by fiscal year or by agency read from
     * the aggregates, other filters summed over the stored rows.
     */
    @PreAuthorize("isAuthenticated()")
    public Page<ActivityRow> areaActivities(Area area, ActivityFilter filter, Pageable pageable) {
        return queries.activities(area.code(), filter == null ? ActivityFilter.none() : filter, pageable);
    }

    /** One imported activity with everything a program form needs, or empty when the country has no such activity. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ImportedActivity> activity(String iso3, String activityId) {
        String code = country(iso3).alpha3();
        List<SourceRow> rows = queries.activityRows(code, activityId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SourceRow first = rows.get(0);
        Map<String, BigDecimal> byYear = new LinkedHashMap<>();
        BigDecimal obligations = BigDecimal.ZERO;
        BigDecimal disbursements = BigDecimal.ZERO;
        for (SourceRow row : rows) {
            if ("2".equals(row.transactionTypeId())) {
                byYear.merge(row.fiscalYear(), row.amount(), BigDecimal::add);
                obligations = obligations.add(row.amount());
            } else if ("3".equals(row.transactionTypeId())) {
                disbursements = disbursements.add(row.amount());
            }
        }
        return Optional.of(new ImportedActivity(code, activityId, first.name(), first.agency(), first.bureau(),
                first.agencyId(), rows.stream().map(SourceRow::account).filter(a -> a != null).distinct().toList(),
                rows.stream().map(SourceRow::authority).filter(a -> a != null).findFirst().orElse(null),
                first.purposeCode(), first.purposeName(), first.usSector(), first.domain(), byYear, obligations,
                disbursements, rows.get(0).fiscalYear(), rows.get(rows.size() - 1).fiscalYear(),
                rows.stream().map(SourceRow::id).toList()));
    }

    /** Link to create a program from an activity, when the user has a plan of the country to add programs to. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> newProgramUrl(String iso3, String activityId) {
        CountryRef country = country(iso3);
        String form = newProgramFormUrl(activePlans(country.alpha3()));
        return Optional.ofNullable(CountryPicture.newProgramUrls(form, country.alpha3(), List.of(activityId))
                .get(activityId));
    }

    /**
     * The new-program form of the plan that the signed-in user may add programs to (the most recently changed one
     * that is not archived), or null when there is none.
     */
    private String newProgramFormUrl(List<PlanSummary> countryPlans) {
        return countryPlans.stream().filter(plan -> plans.canContribute(plan.id()))
                .max(Comparator.comparing(PlanSummary::updatedAt))
                .map(plan -> "/plans/" + plan.id() + "/programs/new").orElse(null);
    }

    private static List<Amounts> map(List<Line> lines, Function<String, String> mapped) {
        return lines.stream().map(l -> new Amounts(l.key(), l.label(), l.detailKey(), l.detailLabel(),
                mapped.apply(l.mapped()), l.amounts(), l.rows())).toList();
    }

    private static List<TransactionType> types(Lines lines, String source) {
        return sorted(lines.types().stream().filter(t -> t.source().equals(source))
                .map(t -> new TransactionType(t.id(), t.name())).toList());
    }

    private static List<TransactionType> sorted(Collection<TransactionType> types) {
        return types.stream().sorted(TransactionType.BY_STAGE).toList();
    }
}
