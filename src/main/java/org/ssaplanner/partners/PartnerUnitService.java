package org.ssaplanner.partners;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.partners.domain.PartnerUnit;
import org.ssaplanner.partners.domain.PartnerUnitRepository;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;

/** The per-country registry of partner security-force units. Everyone reads; planners, evaluators and administrators add. */
@Service
@Transactional(readOnly = true)
public class PartnerUnitService {

    private final PartnerUnitRepository units;
    private final ReferenceDataService reference;

    PartnerUnitService(PartnerUnitRepository units, ReferenceDataService reference) {
        this.units = units;
        this.reference = reference;
    }

    @PreAuthorize("isAuthenticated()")
    public List<PartnerUnitSummary> unitsOfCountry(long countryId) {
        return toSummaries(units.findByCountryIdOrderByName(countryId));
    }

    /** The countries that have registered units, by name, with how many each has. */
    @PreAuthorize("isAuthenticated()")
    public List<CountryUnits> countriesWithUnits() {
        Map<Long, CountryRef> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, Function.identity()));
        return units.countByCountry().stream()
                .map(row -> Optional.ofNullable(countries.get((Long) row[0]))
                        .map(c -> new CountryUnits(c.id(), c.alpha3(), c.name(), (Long) row[1])))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(CountryUnits::countryName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public PartnerUnitSummary get(long id) {
        return toSummaries(List.of(units.findById(id).orElseThrow(() -> new PartnerUnitNotFoundException(id)))).get(0);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, PartnerUnitSummary> byIds(Collection<Long> ids) {
        return toSummaries(units.findAllById(ids)).stream()
                .collect(Collectors.toMap(PartnerUnitSummary::id, Function.identity()));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'EVALUATOR')")
    @Transactional
    public long create(PartnerUnitCommand command) {
        String name = command.name() == null ? "" : command.name().trim();
        if (name.isEmpty()) {
            throw new PartnerUnitValidationException("name", "unit.name.required");
        }
        if (reference.country(command.countryId()).isEmpty()) {
            throw new PartnerUnitValidationException("countryId", "unit.country.unknown");
        }
        boolean knownType = reference.recipientTypes().stream().anyMatch(t -> t.code().equals(command.forceTypeCode()));
        if (!knownType) {
            throw new PartnerUnitValidationException("forceTypeCode", "unit.forceType.unknown");
        }
        if (units.existsByCountryIdAndNameIgnoreCase(command.countryId(), name)) {
            throw new PartnerUnitValidationException("name", "unit.name.duplicate");
        }
        PartnerUnit parent = null;
        if (command.parentId() != null) {
            parent = units.findById(command.parentId())
                    .filter(p -> p.getCountryId() == command.countryId())
                    .orElseThrow(() -> new PartnerUnitValidationException("parentId", "unit.parent.invalid"));
        }
        PartnerUnit unit = new PartnerUnit(command.countryId(), name, command.forceTypeCode(), parent,
                command.description() == null || command.description().isBlank() ? null : command.description().trim());
        try {
            return units.saveAndFlush(unit).getId();
        } catch (DataIntegrityViolationException e) {
            throw new PartnerUnitValidationException("name", "unit.name.duplicate");
        }
    }

    private List<PartnerUnitSummary> toSummaries(List<PartnerUnit> found) {
        Map<String, String> typeNames = reference.recipientTypes().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        Map<Long, CountryRef> countries = found.stream().map(PartnerUnit::getCountryId).distinct()
                .map(reference::country).flatMap(Optional::stream)
                .collect(Collectors.toMap(CountryRef::id, Function.identity()));
        return found.stream().map(u -> {
            CountryRef country = countries.get(u.getCountryId());
            PartnerUnit parent = u.getParent();
            return new PartnerUnitSummary(u.getId(), u.getCountryId(), country == null ? "?" : country.name(),
                    country == null ? "?" : country.alpha2(), u.getName(), u.getForceTypeCode(),
                    typeNames.getOrDefault(u.getForceTypeCode(), u.getForceTypeCode()),
                    parent == null ? null : parent.getId(), parent == null ? null : parent.getName(), u.isActive());
        }).toList();
    }
}
