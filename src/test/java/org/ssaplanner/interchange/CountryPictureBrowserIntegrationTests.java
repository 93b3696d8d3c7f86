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

    /**
     * El Salvador's 85 DAC purposes and 43 US sectors on a 1366 px laptop: the peace-and-security lines come first
     * and the rest fold away (details, no JavaScript needed); the long tables show their largest lines; the tables
     * stack instead of overflowing side by side; every line is still on the page, none added to another.
     */
    @Test
    void onALaptopTheCountryPageShowsPeaceAndSecurityFirstAndFoldsTheRest() {
        page.setViewportSize(1366, 768);
        signIn("admin", "Test-Admin-Password-1");
        // the shared build machines are slow: a page of 4,399 published rows gets a minute
        page.navigate("/countries/SLV", new Page.NavigateOptions().setTimeout(60_000));

        Locator security = page.locator("[data-testid=by-sector] tbody tr");
        assertThat(security).hasCount(6);
        for (String code : security.locator("td:first-child span:first-child").allTextContents()) {
            assertThat(code).as("a peace-and-security purpose: DAC 152 or SSA Planner's CRS list")
                    .isIn("15130", "1520010", "15210", "15220", "15250", "16063");
        }
        Locator otherSectors = page.getByTestId("by-sector-other");
        assertThat(otherSectors.locator("summary")).hasText("Show the other 79 DAC purposes");
        assertThat(otherSectors).not().hasAttribute("open", "");
        assertThat(page.locator("[data-testid=by-sector-rest] tbody tr").first()).isHidden();
        assertThat(page.locator("[data-testid=by-sector-rest] tbody tr")).hasCount(79);

        Locator usSecurity = page.locator("[data-testid=by-us-sector] tbody tr");
        assertThat(usSecurity).hasCount(7);
        assertThat(page.getByTestId("by-us-sector")).containsText("Stabilization Operations and Security Sector Reform");
        assertThat(page.getByTestId("by-us-sector")).not().containsText("Direct Administrative Costs");
        assertThat(page.getByTestId("by-us-sector-other").locator("summary")).hasText("Show the other 36 US sectors");
        assertThat(page.locator("[data-testid=by-us-sector-rest] tbody tr")).hasCount(36);
        assertThat(page.locator("[data-testid=by-us-sector-rest] tbody tr").first()).isHidden();

        // the 50 funding accounts and the agencies show their ten largest lines, the rest behind a summary
        assertThat(page.locator("[data-testid=by-account] tbody tr")).hasCount(10);
        assertThat(page.getByTestId("by-account-more").locator("summary")).hasText("Show 40 more funding accounts");
        assertThat(page.locator("[data-testid=by-agency] tbody tr")).hasCount(10);
        assertThat(page.getByTestId("by-agency-more")).isVisible();

        // DAC and US tables one above the other, nothing wider than the window
        assertThat(box("[data-testid=by-sector]").bottom()).isLessThanOrEqualTo(box("[data-testid=by-us-sector]").top());
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1366);
        int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        assertThat(height).as("the page was 19,245 px tall with every line open").isLessThan(9000);
        screenshot("countries-el-salvador-1366");

        // opened, the folded lines are there, with their exact amounts
        otherSectors.locator("summary").click();
        assertThat(page.locator("[data-testid=by-sector-rest] tbody tr").first()).isVisible();
        assertThat(page.getByTestId("by-sector-rest")).containsText("Relief co-ordination; protection and support services");
    }

    private Box box(String selector) {
        var b = page.locator(selector).boundingBox();
        return new Box(b.y, b.y + b.height);
    }

    private record Box(double top, double bottom) {
    }
}
