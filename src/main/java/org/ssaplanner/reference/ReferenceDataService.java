package org.ssaplanner.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.reference.domain.AssistanceTypeRepository;
import org.ssaplanner.reference.domain.CapabilityDomain;
import org.ssaplanner.reference.domain.CapabilityDomainRepository;
import org.ssaplanner.reference.domain.Country;
import org.ssaplanner.reference.domain.CountryRepository;
import org.ssaplanner.reference.domain.CrsSectorRepository;
import org.ssaplanner.reference.domain.ObjectiveCategoryDefinitionRepository;
import org.ssaplanner.reference.domain.RecipientTypeRepository;
import org.ssaplanner.reference.domain.Region;
import org.ssaplanner.reference.domain.RegionRepository;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;

/**
 * Read access to reference data for every signed-in user. The lists are cached ({@link #CACHE}): almost every page
 * reads countries, regions or code lists, often several times, and they change only when an administrator edits
 * them here (which clears the cache at once on this instance; other instances see the change within the cache's
 * minute, {@code spring.cache.caffeine.spec}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReferenceDataService {

    private final CountryRepository countries;
    private final RegionRepository regions;
    private final AssistanceTypeRepository assistanceTypes;
    private final RecipientTypeRepository recipientTypes;
    private final CapabilityDomainRepository capabilityDomains;
    private final CrsSectorRepository crsSectors;
    private final ObjectiveCategoryDefinitionRepository objectiveCategories;

    ReferenceDataService(CountryRepository countries, RegionRepository regions,
            AssistanceTypeRepository assistanceTypes, RecipientTypeRepository recipientTypes,
            CapabilityDomainRepository capabilityDomains, CrsSectorRepository crsSectors,
            ObjectiveCategoryDefinitionRepository objectiveCategories) {
        this.countries = countries;
        this.regions = regions;
        this.assistanceTypes = assistanceTypes;
        this.recipientTypes = recipientTypes;
        this.capabilityDomains = capabilityDomains;
        this.crsSectors = crsSectors;
        this.objectiveCategories = objectiveCategories;
    }

    /** The cache of the reference lists, cleared by every change made here. */
    public static final String CACHE = "reference";

    @Cacheable(cacheNames = CACHE, key = "'countries'")
    public List<CountryRef> countries() {
        return countries.findAllWithRegion().stream().map(ReferenceDataService::toRef).toList();
    }

    /** Cached too: a page asks for the same few countries from several sections (each load was three statements). */
    @Cacheable(cacheNames = CACHE, key = "'country:' + #id")
    public Optional<CountryRef> country(long id) {
        return countries.findById(id).map(ReferenceDataService::toRef);
    }

    @Cacheable(cacheNames = CACHE, key = "'countryCode:' + #code")
    public Optional<CountryRef> countryByCode(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase();
        Optional<Country> found = normalized.length() == 2 ? countries.findByAlpha2(normalized) : countries.findByAlpha3(normalized);
        return found.map(ReferenceDataService::toRef);
    }

    @Cacheable(cacheNames = CACHE, key = "'regions'")
    public List<RegionRef> regions() {
        return regions.findAll(Sort.by("name")).stream()
                .map(r -> new RegionRef(r.getId(), r.getName(), r.getParent() == null ? null : r.getParent().getId(),
                        r.getParent() == null ? null : r.getParent().getName()))
                .toList();
    }

    @Cacheable(cacheNames = CACHE, key = "'assistanceTypes'")
    public List<ReferenceItem> assistanceTypes() {
        return assistanceTypes.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    @Cacheable(cacheNames = CACHE, key = "'recipientTypes'")
    public List<ReferenceItem> recipientTypes() {
        return recipientTypes.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    @Cacheable(cacheNames = CACHE, key = "'capabilityDomains'")
    public List<ReferenceItem> capabilityDomains() {
        return capabilityDomains.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    /** The DAC purpose code of each capability domain, by domain code (for IATI sectors). */
    @Cacheable(cacheNames = CACHE, key = "'crsSectorOfCapabilityDomains'")
    public Map<String, String> crsSectorOfCapabilityDomains() {
        return capabilityDomains.findAllByOrderBySortOrder().stream()
                .collect(Collectors.toUnmodifiableMap(CapabilityDomain::getCode, CapabilityDomain::getCrsSectorCode));
    }

    /**
     * Each capability domain's code with its competition focus ({@code HIGH_END}, {@code WEAK_STATE} or
     * {@code GENERAL}), in the catalogue's order.
     */
    @Cacheable(cacheNames = CACHE, key = "'capabilityDomainFocus'")
    public Map<String, String> capabilityDomainFocus() {
        Map<String, String> focus = new LinkedHashMap<>();
        capabilityDomains.findAllByOrderBySortOrder().forEach(d -> focus.put(d.getCode(), d.getCompetitionFocus()));
        return focus;
    }

    @Cacheable(cacheNames = CACHE, key = "'crsSectors'")
    public List<ReferenceItem> crsSectors() {
        return crsSectors.findAllByOrderByCode().stream().map(t -> t.toItem()).toList();
    }

    @Cacheable(cacheNames = CACHE, key = "'objectiveCategories'")
    public List<ReferenceItem> objectiveCategories() {
        return objectiveCategories.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    /** A country with its editable details, for administrators. */
    public CountryDetail countryDetail(String code) {
        Country country = findCountry(code);
        return new CountryDetail(toRef(country), country.getVersion(), country.getCompetingProviders());
    }

    public Map<Long, Long> countryCountsByRegion() {
        return regions.countryCounts().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public long createRegion(String name, Long parentId) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new ReferenceValidationException("name", "region.name.required");
        }
        if (regions.existsByNameIgnoreCase(trimmed)) {
            throw new ReferenceValidationException("name", "region.name.duplicate");
        }
        Region parent = parentId == null ? null : regions.findById(parentId)
                .orElseThrow(() -> new ReferenceValidationException("parentId", "region.parent.unknown"));
        if (parent != null && parent.getParent() != null) {
            throw new ReferenceValidationException("parentId", "region.parent.tooDeep");
        }
        return regions.saveAndFlush(new Region(trimmed, parent)).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void updateCountry(String code, long expectedVersion, long regionId, String competingProviders) {
        Country country = findCountry(code);
        StaleEditException.check("Country", code, expectedVersion, country.getVersion());
        Region region = regions.findById(regionId)
                .orElseThrow(() -> new ReferenceValidationException("regionId", "country.region.unknown"));
        country.placeIn(region, competingProviders == null || competingProviders.isBlank() ? null
                : competingProviders.trim());
    }

    private Country findCountry(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase();
        Optional<Country> found = normalized.length() == 2 ? countries.findByAlpha2(normalized)
                : countries.findByAlpha3(normalized);
        return found.orElseThrow(() -> new NotFoundException("Country", code));
    }

    private static CountryRef toRef(Country c) {
        Region region = c.getRegion();
        Region parent = region.getParent();
        return new CountryRef(c.getId(), c.getAlpha2(), c.getAlpha3(), c.getName(), region.getId(), region.getName(),
                parent == null ? null : parent.getName());
    }
}
