package org.ssaplanner.compliance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.BrowserTestSupport;

/**
 * Issue 13, items 2 and 3 in Chromium: an active program whose battalion has a credible killing on record shows the
 * alarm at the top of its page with what must happen and no waiver request; the administrator suspends its
 * assistance with a reason and sees it recorded; recording an obligation on the still-blocked program asks for
 * confirmation first (nothing saved), and the confirmed line is marked in the funding table.
 */
class LeahyAlarmBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAlarmLeadsToASuspensionAndAnObligationNeedsConfirmation() {
        LeahyFixture leahy = new LeahyFixture(context, 1).activate().credibleIncident();
        long program = leahy.programs.get(0);
        signIn("admin", "Test-Admin-Password-1");

        page.navigate("/programs/" + program);
        assertThat(page.getByTestId("program-status")).hasText("Active");
        assertThat(page.getByTestId("program-alarm")).containsText("assistance must stop");
        assertThat(page.getByTestId("alarm-what-to-do")).containsText("suspend assistance to " + leahy.unitName);
        assertThat(page.getByTestId("alarm-what-to-do")).containsText("Remediation is the way back");
        assertThat(page.getByTestId("request-waiver")).hasCount(0);
        assertThat(page.getByTestId("not-waivable")).isVisible();
        screenshot("leahy-alarm-active");

        // on a phone neither the alarm nor the suspension form pushes the page sideways
        page.setViewportSize(390, 844);
        for (String path : new String[] {"/programs/" + program, "/compliance/programs/" + program + "/suspend"}) {
            page.navigate(path);
            Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .as(path + " at 390 px").isLessThanOrEqualTo(390);
        }
        screenshot("leahy-suspend-form-phone");
        page.setViewportSize(1280, 800);
        page.navigate("/programs/" + program);

        page.getByTestId("suspend-assistance").click();
        page.getByLabel("Reason for the suspension").fill("Embassy instructed to stop training the battalion");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspend assistance")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Assistance suspended");
        assertThat(page.getByTestId("program-status")).hasText("Suspended");
        assertThat(page.getByTestId("program-alarm")).containsText("Assistance suspended pending remediation");
        assertThat(page.getByTestId("alarm-suspension")).containsText("Embassy instructed to stop training");
        assertThat(page.getByTestId("program-suspensions")).containsText("In force");
        screenshot("leahy-alarm-suspended");

        page.locator("#fiscalYear").fill("2027");
        page.locator("#fundingAccount").fill("SEC333");
        page.locator("#requested").fill("900000");
        page.locator("#allocated").fill("800000");
        page.locator("#obligated").fill("250000");
        page.getByTestId("save-funding").click();
        assertThat(page.getByTestId("obligation-blocked-warning")).containsText("10 U.S.C. 362");
        assertThat(page.getByTestId("obligation-blocked-warning")).containsText("Nothing was saved");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from program_funding_line where program_id = ?",
                Long.class, program)).isZero();
        assertThat(page.locator("#obligated")).hasValue("250000");
        screenshot("obligation-confirmation");

        page.getByTestId("confirm-while-blocked").check();
        page.getByTestId("save-funding").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("its obligation is marked");
        assertThat(page.getByTestId("obligated-while-blocked"))
                .containsText("Obligation recorded while blocked by 10 U.S.C. 362");
        screenshot("obligation-marked");
    }
}
