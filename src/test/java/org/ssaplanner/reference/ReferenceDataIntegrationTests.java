package org.ssaplanner.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;

/** Flyway built the schema on an empty real PostgreSQL, Hibernate validated it, and the seeds are exact. */
@SsaIntegrationTest
class ReferenceDataIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void everyIsoCountryIsSeededWithARegion() {
        assertThat(count("select count(*) from country")).isEqualTo(249);
        assertThat(count("select count(*) from country where region_id is null")).isZero();
        assertThat(jdbc.queryForObject("select name from country where alpha3 = 'SLV'", String.class))
                .isEqualTo("El Salvador");
        assertThat(jdbc.queryForObject("select numeric_code from country where alpha2 = 'YE'", String.class))
                .isEqualTo("887");
        assertThat(jdbc.queryForObject(
                "select p.name from country c join region r on r.id = c.region_id join region p on p.id = r.parent_id where c.alpha2 = 'CO'",
                String.class)).isEqualTo("Americas");
    }

    @Test
    void crsSectorsCarryTheirOfficialNames() {
        assertThat(jdbc.queryForList("select code from crs_sector order by code", String.class))
                .containsExactly("15130", "15132", "15210", "15220", "15230", "15240", "15250", "15261", "16063");
        assertThat(jdbc.queryForObject("select name from crs_sector where code = '15210'", String.class))
                .isEqualTo("Security system management and reform");
        assertThat(jdbc.queryForObject("select name from crs_sector where code = '16063'", String.class))
                .isEqualTo("Narcotics control");
    }

    @Test
    void closedSetsMatchTheirEnums() {
        assertThat(jdbc.queryForList("select code from objective_category order by sort_order", String.class))
                .containsExactly("OPERATIONAL", "TRANSACTIONAL", "GOVERNANCE");
        assertThat(jdbc.queryForList("select code from metric_level order by sort_order", String.class))
                .containsExactly("INPUT", "OUTPUT", "OUTCOME", "IMPACT");
        assertThat(count("select count(*) from capability_domain")).isEqualTo(13);
    }

    @Test
    void agenciesTreeHasTheFiveDepartmentsAndTheirBureaus() {
        assertThat(jdbc.queryForList("select code from agency where parent_id is null order by code", String.class))
                .containsExactly("DHS", "DOD", "DOJ", "DOS", "TREAS");
        assertThat(jdbc.queryForList(
                "select a.code from agency a join agency p on p.id = a.parent_id where p.code = 'DOS' order by a.code",
                String.class)).containsExactly("CSO", "CT", "DRL", "INL", "ISN", "PM");
        assertThat(jdbc.queryForObject("select has_own_budget from agency where code = 'DOJ'", Boolean.class)).isFalse();
    }

    @Test
    void authoritiesCarryExactCitations() {
        assertThat(jdbc.queryForList(
                // the seeded ones (other tests of the shared database add authorities of their own)
                "select citation from authority where created_by = 'system' order by citation", String.class))
                .containsExactlyInAnyOrder("10 U.S.C. 321", "10 U.S.C. 332", "10 U.S.C. 333", "10 U.S.C. 383",
                        "10 U.S.C. 384", "22 U.S.C. 2291", "22 U.S.C. 2347", "22 U.S.C. 2348", "22 U.S.C. 2349aa",
                        "22 U.S.C. 2763");
        assertThat(jdbc.queryForObject("select section_reference from authority where citation = '22 U.S.C. 2763'",
                String.class)).isEqualTo("AECA s.23");
        assertThat(count("select count(*) from authority where statute = 'TITLE_10'")).isEqualTo(5);
        assertThat(jdbc.queryForObject("select citation from restriction where code = 'FAA_660'", String.class))
                .isEqualTo("22 U.S.C. 2420, FAA s.660");
        assertThat(jdbc.queryForObject("select waivable from restriction where code = 'LEAHY_STATE'", Boolean.class))
                .isFalse();
        assertThat(count("select count(*) from restriction_exception e join restriction r on r.id = e.restriction_id where r.code = 'FAA_660'"))
                .isEqualTo(8);
    }
}
