package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;

/**
 * The FA.gov codes seeded into {@code interchange_area}: former states carry the ISO 3166-3 code and withdrawal
 * date of the ISO list (copy in src/test/resources/data/iso-codes), no area code is an ISO 3166-1 country's, and
 * every non-ISO code of the published country-summary file is classified.
 */
@SsaIntegrationTest
class AreaReferenceIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void formerStatesCarryTheIsoCodesAndDatesOfIso3166Part3() throws Exception {
        // the file is a flat list of objects of string fields: read each object's fields with a pattern
        Map<String, Map<String, String>> byAlpha4 = new HashMap<>();
        String json;
        try (InputStream in = getClass().getResourceAsStream("/data/iso-codes/iso_3166-3.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher object = Pattern.compile("\\{([^{}]*)\\}").matcher(json);
        while (object.find()) {
            Map<String, String> fields = new HashMap<>();
            Matcher field = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"").matcher(object.group(1));
            while (field.find()) {
                fields.put(field.group(1), field.group(2));
            }
            if (fields.containsKey("alpha_4")) {
                byAlpha4.put(fields.get("alpha_4"), fields);
            }
        }
        assertThat(byAlpha4).hasSize(31);
        List<Map<String, Object>> former = jdbc.queryForList(
                "select code, name, iso_3166_3_code, withdrawn, note from interchange_area where iso_3166_3_code is not null");
        assertThat(former).hasSize(8);
        for (Map<String, Object> area : former) {
            Map<String, String> iso = byAlpha4.get(area.get("iso_3166_3_code"));
            assertThat(iso).as("%s in ISO 3166-3", area).isNotNull();
            assertThat(area.get("withdrawn")).as("%s", area).isEqualTo(iso.get("withdrawal_date"));
            String alpha3 = iso.get("alpha_3");
            assertThat(area.get("code").equals(alpha3) || String.valueOf(area.get("note")).contains(alpha3))
                    .as("%s names ISO alpha-3 %s", area, alpha3).isTrue();
        }
    }

    @Test
    void noAreaCodeIsAnIsoCountryAndEveryNonIsoCodeOfTheCountrySummaryIsClassified() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from interchange_area a join country c on c.alpha3 = a.code",
                Long.class)).isZero();
        Set<String> published = new TreeSet<>();
        ImportFixtures.sums(SharedData.faGov("us_foreign_aid_country.csv"), "current_amount", r -> {
            published.add(r.get("Country Code") + (r.get("Country Code").equals("NULL") ? ":" + r.get("Country Name") : ""));
            return "";
        });
        Set<String> iso = new HashSet<>(jdbc.queryForList("select alpha3 from country", String.class));
        Set<String> classified = new HashSet<>(jdbc.queryForList(
                "select fa_code || coalesce(':' || fa_name, '') from interchange_area", String.class));
        assertThat(published.stream().filter(c -> !iso.contains(c)).filter(c -> !classified.contains(c)).toList()).isEmpty();
        assertThat(jdbc.queryForList("select kind || ' ' || count(*) from interchange_area group by kind order by kind",
                String.class)).containsExactly("AREA 1", "COUNTRY 1", "FORMER 11", "REGION 33", "WORLD 1");
    }
}
