package org.ssaplanner.interchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;

/**
 * The country picture in Chromium after importing the real El Salvador file and the real country summary: the
 * index with its sections, the world's page, a country's page, Kosovo and a former state; screenshots in
 * target/screenshots/countries-*.png.
 */
class CountryPictureBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    ImportService imports;

    @BeforeAll
    void importRealFiles() throws Exception {
        assertThat(importAndWait(imports, SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv")).status())
                .isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(importAndWait(imports, SharedData.faGov("us_foreign_aid_country.csv")).status())
                .isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signOut();
    }

    @Test
    void aViewerSeesCountriesRegionsKosovoAndFormerStatesWithEachTransactionTypeInItsOwnColumn() {
        signIn("admin", "Test-Admin-Password-1");

        page.navigate("/countries");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Regions and worldwide"))).isVisible();
        Locator regions = page.locator("[data-testid=regions]");
        assertThat(regions.locator("tbody tr").first()).containsText("World");
        assertThat(page.locator("[data-testid=countries]")).containsText("Kosovo");
        assertThat(page.locator("[data-testid=countries]")).containsText("El Salvador");
        assertThat(page.locator("[data-testid=former-states]")).containsText("Soviet Union (former)");
        assertThat(page.locator("th", new Page.LocatorOptions().setHasText("Total"))).hasCount(0);
        screenshot("countries-index");

        page.navigate("/countries/WLD");
        assertThat(page.locator("[data-testid=area-kind]")).hasText("Worldwide");
        assertThat(page.locator("[data-testid=area-explained]")).containsText("not a total of all countries");
        assertThat(page.locator("[data-testid=summary-overall]")).containsText("$305,173,069,394.00");
        assertThat(page.locator("[data-testid=country-summary]")).isVisible();
        screenshot("countries-world");

        page.navigate("/countries/SLV");
        assertThat(page.locator("h1")).containsText("El Salvador");
        assertThat(page.locator("[data-testid=overall]")).containsText("$2,220,081,702.00");
        assertThat(page.locator("[data-testid=by-fiscal-year] thead")).not().containsText("Total");
        assertThat(page.locator("[data-testid=activities] tbody tr")).hasCount(25);
        screenshot("countries-el-salvador");

        page.navigate("/countries/CS-KM");
        assertThat(page).hasURL(Pattern.compile(".*/countries/XKX$"));
        assertThat(page.locator("h1")).hasText("Kosovo");
        assertThat(page.locator("[data-testid=area-codes]")).containsText("published as CS-KM");
        screenshot("countries-kosovo");

        page.navigate("/countries/SUN");
        assertThat(page.locator("[data-testid=area-kind]")).hasText("Former state");
        assertThat(page.locator("[data-testid=area-explained]")).containsText("ISO 3166-3 code SUHH, withdrawn 1992-08-30");
        screenshot("countries-former-ussr");
    }
}
