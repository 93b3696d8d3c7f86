package org.ssaplanner.interchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;

/**
 * The country page's section on governance, conflict and military burden in Chromium, after importing the three
 * real files at /imports (the upload form, as a user does): Colombia's latest WGI values with their trend, its
 * conflict years and its military burden, each with its source; Kosovo through the codes the World Bank and OWID
 * give it; no section on a region's page; screenshots in target/screenshots/country-context-*.png.
 */
class CountryContextBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    ImportService imports;

    @BeforeAll
    void importRealFiles() throws Exception {
        // the SIPRI file through the page, the others through the service (the page's upload is the same call)
        assertThat(importAndWait(imports, SharedData.wgi()).status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(importAndWait(imports, SharedData.ucdp()).status()).isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signOut();
    }

    @Test
    void aPlannerImportsTheMilitaryBurdenAndReadsColombiasContextWithItsSources() throws Exception {
        List<CSVRecord> wgi = CountryContextImportIntegrationTests.records(SharedData.wgi());
        CSVRecord colRl = wgi.stream().filter(r -> r.get("codeindyr").equals("COLrl2023")).findFirst().orElseThrow();
        CSVRecord colRl2018 = wgi.stream().filter(r -> r.get("codeindyr").equals("COLrl2018")).findFirst().orElseThrow();

        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/imports");
        page.setInputFiles("#file", SharedData.sipriMilex());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/imports/\\d+$"));
        // the progress part follows the import and reloads the page when it ends (then the rejected rows show)
        assertThat(page.locator("[data-testid=rejected-rows]"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("[data-testid=rows-read]")).hasText("8,245");
        assertThat(page.locator("[data-testid=rows-rejected]")).hasText("3");
        assertThat(page.locator("[data-testid=context-scope]")).containsText("SIPRI military expenditure");
        assertThat(page.locator("main")).containsText("European Union (SIPRI)");
        screenshot("country-context-import");

        page.navigate("/countries/COL");
        Locator section = page.locator("[data-testid=country-context]");
        assertThat(section.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Governance, conflict and military burden"))).isVisible();
        Locator governance = section.locator("[data-testid=context-governance] tbody tr");
        assertThat(governance).hasCount(6);
        Locator ruleOfLaw = section.locator("[data-testid=context-governance] tr[data-indicator=rl]");
        assertThat(ruleOfLaw).containsText("Rule of Law");
        assertThat(ruleOfLaw.locator("td").nth(0)).hasText(colRl.get("estimate"));
        assertThat(ruleOfLaw.locator("td").nth(1)).hasText(colRl.get("pctrank"));
        assertThat(ruleOfLaw.locator("td").nth(2)).hasText(colRl2018.get("pctrank") + " (2018)");
        assertThat(section.locator("[data-testid=source-wgi]")).containsText("Worldwide Governance Indicators");
        assertThat(section.locator("[data-testid=source-wgi] a")).containsText("wgidataset.csv");

        assertThat(section.locator("[data-testid=conflict-summary]"))
                .containsText(Pattern.compile("Colombia: armed conflict located there in \\d+ years of 1946\u20132022"));
        assertThat(section.locator("[data-testid=conflict-years] tbody tr")).hasCount(10);
        assertThat(section.locator("[data-testid=source-ucdp]")).containsText("UCDP/PRIO Armed Conflict Dataset");

        assertThat(section.locator("[data-testid=military-latest]")).containsText("3.36% of GDP in 2024");
        section.locator("[data-testid=context-military] summary").click();
        assertThat(section.locator("[data-testid=military-years]")).containsText("3.3590336");
        assertThat(section.locator("[data-testid=source-sipri]")).containsText("SIPRI Military Expenditure Database");
        assertAccessible();
        screenshot("country-context-colombia");

        page.navigate("/countries/XKX");
        Locator kosovo = page.locator("[data-testid=country-context]");
        assertThat(kosovo.locator("[data-testid=context-governance] tbody tr")).hasCount(6);
        assertThat(kosovo.locator("[data-testid=military-latest]")).containsText("% of GDP");
        screenshot("country-context-kosovo");

        page.navigate("/countries/WLD");
        assertThat(page.locator("[data-testid=country-context]")).hasCount(0);
    }
}
