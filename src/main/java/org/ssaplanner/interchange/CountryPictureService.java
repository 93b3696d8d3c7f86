package org.ssaplanner.interchange;

import org.springframework.web.util.UriComponentsBuilder;
import java.util.Collection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.interchange.CountryPicture.ActiveAgency;
import org.ssaplanner.interchange.CountryPicture.Amounts;
import org.ssaplanner.interchange.domain.ActivityQueries;
import org.ssaplanner.interchange.domain.ActivityQueries.Line;
import org.ssaplanner.interchange.domain.ActivityQueries.SourceRow;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.NotFoundException;

/** The interagency picture of a partner country from imported ForeignAssistance.gov data; for every signed-in user. */
@Service
@Transactional(readOnly = true)
public class CountryPictureService {

    private final ActivityQueries queries;
    private final ReferenceDataService reference;
    private final AgencyService agencies;
    private final ObjectProvider<CountryPlanParticipation> participation;
    private final ObjectProvider<ProgramFromActivityLink> programLink;

    CountryPictureService(ActivityQueries queries, ReferenceDataService reference, AgencyService agencies,
            ObjectProvider<CountryPlanParticipation> participation, ObjectProvider<ProgramFromActivityLink> programLink) {
        this.queries = queries;
        this.reference = reference;
        this.agencies = agencies;
        this.participation = participation;
        this.programLink = programLink;
    }

    @PreAuthorize("isAuthenticated()")
    public CountryRef country(String iso3) {
        return reference.countryByCode(iso3).filter(c -> c.alpha3().equalsIgnoreCase(iso3.trim()))
                .orElseThrow(() -> new NotFoundException("Country", iso3));
    }

    @PreAuthorize("isAuthenticated()")
    public CountryPicture picture(String iso3) {
        CountryRef country = country(iso3);
        String code = country.alpha3();
        Map<Long, AgencySummary> agencyById = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        Function<String, String> agencyLabel = id -> id == null ? null
                : Optional.ofNullable(agencyById.get(Long.valueOf(id))).map(AgencySummary::label).orElse(null);
        Map<String, String> crs = reference.crsSectors().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        Map<String, String> domains = reference.capabilityDomains().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));

        List<Line> active = queries.activeAgencies(code);
        CountryPlanParticipation plans = participation.getIfAvailable();
        List<ActiveAgency> notParticipating = new ArrayList<>();
        if (plans != null) {
            Set<Long> participating = new HashSet<>(plans.participatingAgencyIds(code));
            for (Line line : active) {
                long id = Long.parseLong(line.key());
                if (!participating.contains(id) && agencyById.containsKey(id)) {
                    notParticipating.add(new ActiveAgency(id, agencyById.get(id).label(), line.obligations()));
                }
            }
        }
        return new CountryPicture(country,
                map(queries.byFiscalYear(code), m -> null),
                map(queries.byManagingAgency(code), agencyLabel),
                map(queries.byAgencyAndBureau(code), agencyLabel),
                map(queries.byFundingAccount(code), Function.identity()),
                map(queries.byPurpose(code), c -> null).stream()
                        .map(a -> new Amounts(a.key(), a.label(), a.detailKey(), a.detailLabel(), crs.get(a.key()),
                                a.obligations(), a.disbursements(), a.total(), a.rows()))
                        .toList(),
                map(queries.byUsSector(code), d -> d == null ? null : domains.getOrDefault(d, d)),
                map(queries.byObjective(code), m -> null),
                map(List.of(queries.overall(code)), m -> null).get(0),
                map(queries.countrySummaryByFiscalYear(code), m -> null),
                notParticipating, plans != null);
    }

    /**
     * Partner countries with imported data: key = ISO alpha-3, label = country name, obligations = activity-level
     * obligations, disbursements = country-summary obligations, rows = activity rows. Region codes are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Amounts> countriesWithData() {
        Map<String, String> names = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::alpha3, CountryRef::name));
        return queries.countries().stream().filter(l -> names.containsKey(l.key()))
                .map(l -> new Amounts(l.key(), names.get(l.key()), null, null, null, l.obligations(), l.disbursements(),
                        l.total(), l.rows()))
                .toList();
    }

    /** FA.gov country-summary amounts of every country and region, by fiscal year. */
    @PreAuthorize("isAuthenticated()")
    public List<Amounts> countrySummaryTotalsByFiscalYear() {
        return map(queries.allCountrySummaryByFiscalYear(), m -> null);
    }

    @PreAuthorize("isAuthenticated()")
    public Page<ActivityRow> activities(String iso3, ActivityFilter filter, Pageable pageable) {
        return queries.activities(country(iso3).alpha3(), filter == null ? ActivityFilter.none() : filter, pageable);
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

    /** Link to create a program from an activity, when the programs module offers one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> newProgramUrl(String iso3, String activityId) {
        return Optional.ofNullable(newProgramUrls(iso3, List.of(activityId)).get(activityId));
    }

    /** The same links for several activities of a country, with one lookup of the plan. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> newProgramUrls(String iso3, Collection<String> activityIds) {
        ProgramFromActivityLink link = programLink.getIfAvailable();
        String form = link == null ? null : link.newProgramFormUrl(iso3);
        if (form == null) {
            return Map.of();
        }
        String country = iso3.toUpperCase();
        return activityIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> UriComponentsBuilder.fromUriString(form).queryParam("importedActivity", country + ":" + id)
                        .encode().build().toUriString()));
    }

    @PreAuthorize("isAuthenticated()")
    public boolean programCreationAvailable() {
        return programLink.getIfAvailable() != null;
    }

    private static List<Amounts> map(List<Line> lines, Function<String, String> mapped) {
        return lines.stream().map(l -> new Amounts(l.key(), l.label(), l.detailKey(), l.detailLabel(),
                mapped.apply(l.mapped()), l.obligations(), l.disbursements(), l.total(), l.rows())).toList();
    }
}
