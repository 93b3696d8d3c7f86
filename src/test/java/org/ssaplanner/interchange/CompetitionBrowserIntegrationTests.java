package org.ssaplanner.interchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;

/**
 * The competition page in Chromium after importing the real SIPRI trade register: El Salvador's country page links to
 * it with its line of figures; the page shows the shares of the United States and of the competitors with SIPRI's
 * attribution, draws the chart from its table, and the register's import page lists the names that map to no
 * country. Screenshots (checked with axe-core) in target/screenshots/competition-*.png.
 */
class CompetitionBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    ImportService imports;

    private long importId;

    @BeforeAll
    void importTheRegister() throws Exception {
        ImportDetail detail = importAndWait(imports, SharedData.sipriTradeRegister());
        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        importId = detail.vintage().identicalToId() != null ? detail.vintage().identicalToId() : detail.id();
        TestUsers.signOut();
    }

    @Test
    void aViewerFollowsTheCountryPageToTheCompetitionPageAndSeesSharesTrendsAndTheChart() {
        signIn("admin", "Test-Admin-Password-1");

        page.navigate("/countries/SLV");
        assertThat(page.getByTestId("competition-section")).isVisible();
        assertThat(page.getByTestId("competition-headline"))
                .hasText("Deliveries in 2014–2023: 45.79 TIV; United States 40.4%, strategic competitors 0.0%.");
        page.getByTestId("competition-link").click();

        assertThat(page).hasURL(Pattern.compile(".*/countries/SLV/competition$"));
        assertThat(page.locator("h1")).hasText("Arms deliveries to El Salvador");
        assertThat(page.getByTestId("sipri-attribution")).containsText("Source: SIPRI Arms Transfers Database (c) SIPRI.");
        assertThat(page.getByTestId("sipri-attribution")).containsText("13 Apr 2024");
        assertThat(page.getByTestId("trend-USA").locator("th")).hasText("United States");
        assertThat(page.getByTestId("trend-USA")).containsText("18.51");
        assertThat(page.getByTestId("trend-USA")).containsText("40.4%");
        assertThat(page.getByTestId("trend-all")).containsText("45.79");
        assertThat(page.getByTestId("trend-RUS")).isVisible();
        assertThat(page.getByTestId("trend-CHN")).isVisible();
        assertThat(page.locator("[data-testid=competition-suppliers] tr[data-supplier=Chile]")).containsText("20");
        assertThat(page.locator("[data-testid=competition-suppliers] tr[data-supplier=Turkiye]")).containsText("3.3");
        assertThat(page.locator("[data-testid=competition-years] tbody tr")).hasCount(34);
        assertThat(page.getByTestId("competition-recent").locator("tbody tr")).hasCount(15);
        assertThat(page.getByTestId("competition-categories")).containsText("Artillery");
        // the chart is drawn from the table: one stacked bar data set a column of it
        page.waitForFunction("() => window.Chart && window.Chart.getChart('competition-chart')");
        Object datasets = page.evaluate("() => { const c = window.Chart && window.Chart.getChart('competition-chart');"
                + " return c ? c.data.datasets.length : -1; }");
        int columns = page.locator("[data-testid=competition-years] thead th[data-series]").count();
        assertThat(((Number) datasets).intValue()).isEqualTo(columns).isPositive();
        screenshot("competition-el-salvador");

        // other spellings of the code lead to the page; an unknown code is a 404 page
        page.navigate("/countries/sv/competition");
        assertThat(page).hasURL(Pattern.compile(".*/countries/SLV/competition$"));
        assertThat(page.navigate("/countries/QQQ/competition").status()).isEqualTo(404);

        page.navigate("/imports/" + importId);
        assertThat(page.getByTestId("arms-register")).isVisible();
        assertThat(page.getByTestId("arms-deliveries")).hasText("27,838");
        assertThat(page.getByTestId("arms-world-tiv")).hasText("872,910.01");
        assertThat(page.locator("[data-testid=arms-unmapped] tr[data-name='Houthi rebels (Yemen)*']"))
                .containsText("Non-state actor");
        screenshot("competition-register-import");
    }
}
