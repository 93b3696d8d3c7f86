package org.ssaplanner.interchange;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.interchange.CountryPicture.Amounts;
import org.ssaplanner.interchange.engine.ActivityQueries;
import org.ssaplanner.interchange.engine.ActivityQueries.Line;
import org.ssaplanner.interchange.engine.AgencyMappings;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;

/**
 * How imported FA.gov names map to SSA Planner's model: agencies (administrators map the ones that did not
 * match exactly, once), funding accounts to authorities (seeded, known accounts), DAC purpose codes to CRS
 * sectors, US sectors to capability domains.
 */
@Service
@Transactional(readOnly = true)
public class MappingService {

    private final AgencyMappings mappings;
    private final ActivityQueries queries;
    private final AgencyService agencies;
    private final ReferenceDataService reference;

    MappingService(AgencyMappings mappings, ActivityQueries queries, AgencyService agencies,
            ReferenceDataService reference) {
        this.mappings = mappings;
        this.queries = queries;
        this.agencies = agencies;
        this.reference = reference;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AgencyMappingView> agencyMappings() {
        Map<Long, AgencySummary> byId = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        return mappings.all().stream().map(r -> new AgencyMappingView(r.id(), r.version(), r.parentAcronym(),
                r.sourceAcronym(), r.sourceName(), r.agencyId(),
                r.agencyId() == null || !byId.containsKey(r.agencyId()) ? null : byId.get(r.agencyId()).label(),
                r.automatic(), r.rows())).toList();
    }

    /** Maps (or, with a null agency, unmaps) one FA.gov agency; refuses a stale form. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void mapAgency(long mappingId, long expectedVersion, Long agencyId) {
        if (agencyId != null && agencies.find(agencyId).isEmpty()) {
            throw new ImportRefusedException("mapping.agency.unknown");
        }
        mappings.map(mappingId, expectedVersion, agencyId);
    }

    /** Matches names seen in imported rows to agencies again (exact code or name), e.g. after new agencies were created. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void rematch() {
        mappings.refreshAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Amounts> mappedAccounts() {
        return amounts(queries.mappedAccounts().lines());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Amounts> unmappedAccounts() {
        return amounts(queries.unmappedAccounts().lines());
    }

    /** US sectors in the imported rows, with the capability domain where the correspondence is obvious. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Amounts> usSectors() {
        Map<String, String> domains = reference.capabilityDomains().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        return queries.usSectors().lines().stream().map(l -> new Amounts(l.key(), l.label(), null, null,
                l.mapped() == null ? null : domains.getOrDefault(l.mapped(), l.mapped()), l.amounts(), l.rows()))
                .toList();
    }

    /** DAC purpose codes in the imported rows, with the CRS sector of SSA Planner's reference data when it has one. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Amounts> purposeCodes() {
        Map<String, String> crs = reference.crsSectors().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        return queries.purposeCodes().lines().stream().map(l -> new Amounts(l.key(), l.label(), null, null,
                crs.get(l.key()), l.amounts(), l.rows())).toList();
    }

    private static List<Amounts> amounts(List<Line> lines) {
        return lines.stream().map(l -> new Amounts(l.key(), l.label(), l.detailKey(), l.detailLabel(), l.mapped(),
                l.amounts(), l.rows())).toList();
    }
}
