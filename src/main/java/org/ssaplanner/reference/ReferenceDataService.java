package org.ssaplanner.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.reference.domain.AssistanceTypeRepository;
import org.ssaplanner.reference.domain.CapabilityDomainRepository;
import org.ssaplanner.reference.domain.Country;
import org.ssaplanner.reference.domain.CountryRepository;
import org.ssaplanner.reference.domain.CrsSectorRepository;
import org.ssaplanner.reference.domain.ObjectiveCategoryDefinitionRepository;
import org.ssaplanner.reference.domain.RecipientTypeRepository;
import org.ssaplanner.reference.domain.Region;
import org.ssaplanner.reference.domain.RegionRepository;

/** Read access to reference data for every signed-in user. */
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

    public List<CountryRef> countries() {
        return countries.findAllWithRegion().stream().map(ReferenceDataService::toRef).toList();
    }

    public Optional<CountryRef> country(long id) {
        return countries.findById(id).map(ReferenceDataService::toRef);
    }

    public Optional<CountryRef> countryByCode(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase();
        Optional<Country> found = normalized.length() == 2 ? countries.findByAlpha2(normalized) : countries.findByAlpha3(normalized);
        return found.map(ReferenceDataService::toRef);
    }

    public List<RegionRef> regions() {
        return regions.findAll(Sort.by("name")).stream()
                .map(r -> new RegionRef(r.getId(), r.getName(), r.getParent() == null ? null : r.getParent().getId(),
                        r.getParent() == null ? null : r.getParent().getName()))
                .toList();
    }

    public List<ReferenceItem> assistanceTypes() {
        return assistanceTypes.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    public List<ReferenceItem> recipientTypes() {
        return recipientTypes.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    public List<ReferenceItem> capabilityDomains() {
        return capabilityDomains.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    public List<ReferenceItem> crsSectors() {
        return crsSectors.findAllByOrderByCode().stream().map(t -> t.toItem()).toList();
    }

    public List<ReferenceItem> objectiveCategories() {
        return objectiveCategories.findAllByOrderBySortOrder().stream().map(t -> t.toItem()).toList();
    }

    private static CountryRef toRef(Country c) {
        Region region = c.getRegion();
        Region parent = region.getParent();
        return new CountryRef(c.getId(), c.getAlpha2(), c.getAlpha3(), c.getName(), region.getId(), region.getName(),
                parent == null ? null : parent.getName());
    }
}
