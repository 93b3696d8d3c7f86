package org.ssaplanner.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.Role;

/** Administrators add regions and move countries between them; others cannot. */
@SsaIntegrationTest
class RegionAdministrationIntegrationTests {

    @Autowired
    ReferenceDataService reference;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAdministratorAddsARegionAndPlacesACountryInIt() {
        TestUsers.signInAs("test-admin", 1, Role.ADMIN);
        long americas = reference.regions().stream().filter(r -> r.name().equals("Americas")).findFirst().orElseThrow().id();
        String name = "Andean Ridge " + UUID.randomUUID().toString().substring(0, 6);
        long regionId = reference.createRegion(name, americas);

        CountryDetail before = reference.countryDetail("BOL");
        reference.updateCountry("BOL", before.version(), regionId, "Competing trainers: example");
        CountryDetail after = reference.countryDetail("bo");
        assertThat(after.country().regionName()).isEqualTo(name);
        assertThat(after.country().parentRegionName()).isEqualTo("Americas");
        assertThat(after.competingProviders()).isEqualTo("Competing trainers: example");
        assertThat(reference.countryCountsByRegion()).containsEntry(regionId, 1L);

        assertThatThrownBy(() -> reference.updateCountry("BOL", before.version(), americas, null))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> reference.createRegion(name.toUpperCase(), null))
                .isInstanceOfSatisfying(ReferenceValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("region.name.duplicate"));
        assertThatThrownBy(() -> reference.createRegion("Deeper " + name, regionId))
                .isInstanceOfSatisfying(ReferenceValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("region.parent.tooDeep"));
    }

    @Test
    void theCachedListsShowAnAdministratorsChangeAtOnceAndStillNeedASignedInUser() {
        TestUsers.signInAs("test-admin", 1, Role.ADMIN);
        CountryRef uruguay = reference.countries().stream().filter(c -> c.alpha3().equals("URY")).findFirst()
                .orElseThrow();
        reference.regions(); // both lists are now cached
        String name = "Rio de la Plata " + UUID.randomUUID().toString().substring(0, 6);
        long regionId = reference.createRegion(name, null);
        assertThat(reference.regions()).extracting(RegionRef::name).contains(name);

        String competitors = reference.countryDetail("URY").competingProviders();
        reference.updateCountry("URY", reference.countryDetail("URY").version(), regionId, competitors);
        assertThat(reference.countries()).filteredOn(c -> c.alpha3().equals("URY")).singleElement()
                .extracting(CountryRef::regionName).isEqualTo(name);
        reference.updateCountry("URY", reference.countryDetail("URY").version(), uruguay.regionId(), competitors);
        assertThat(reference.countries()).filteredOn(c -> c.alpha3().equals("URY")).singleElement()
                .extracting(CountryRef::regionName).isEqualTo(uruguay.regionName());

        TestUsers.signOut();
        assertThatThrownBy(() -> reference.countries()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void onlyAdministratorsChangeRegions() {
        TestUsers.signInAs("planner", 1, Role.PLANNER, Role.EVALUATOR, Role.VIEWER);
        assertThatThrownBy(() -> reference.createRegion("Not Allowed", null)).isInstanceOf(AccessDeniedException.class);
        assertThat(reference.countries()).hasSize(249);
    }
}
