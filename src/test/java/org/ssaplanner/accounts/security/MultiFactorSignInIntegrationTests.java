package org.ssaplanner.accounts.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.security.Role;

/**
 * Multi-factor sign-in in Chromium, with ADMIN required to use a second factor (the default): the first
 * sign-in of a new administrator leads from the one-time password straight into enrolment; a passkey through
 * Chromium's virtual authenticator (Chrome DevTools Protocol {@code WebAuthn.addVirtualAuthenticator}), an
 * authenticator app whose codes the test computes from the shared secret like an app, and single-use recovery
 * codes. A planner opts in.
 */
@TestPropertySource(properties = "ssa.security.mfa.required-roles=ADMIN")
class MultiFactorSignInIntegrationTests extends BrowserTestSupport {

    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;

    @Test
    void anAdministratorEnrolsAPasskeyAtFirstSignInAndSignsInWithItAndWithSingleUseRecoveryCodes() {
        CreatedUser admin = createUser(Role.ADMIN);
        addVirtualAuthenticator();

        String password = signInFirstTime(admin.username(), admin.oneTimePassword());
        assertThat(page.getByTestId("enrolment-required")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Administration"))).hasCount(0);
        page.navigate("/admin/users");
        assertThat(page.getByTestId("enrolment-required")).isVisible();

        page.getByLabel("Name").fill("Test laptop");
        page.getByTestId("add-passkey").click();
        // the new passkey is asked for at once, then the recovery codes are shown once
        page.getByTestId("use-passkey").click();
        page.waitForURL("**/account/recovery-codes**");
        List<String> codes = recoveryCodes();
        screenshot("mfa-recovery-codes");
        page.getByTestId("recovery-codes-done").click();
        assertThat(page.locator("h1")).containsText("Welcome");
        page.navigate("/admin/users");
        assertThat(page.locator("h1")).hasText("Users");

        signOut();
        signIn(admin.username(), password);
        assertThat(page.getByTestId("use-passkey")).isVisible();
        page.navigate("/plans");
        assertThat(page.getByTestId("use-passkey")).isVisible();
        page.getByTestId("use-passkey").click();
        assertThat(page.locator("h1")).hasText("Country plans");
        page.navigate("/account");
        assertThat(page.getByTestId("passkey-list")).containsText("Test laptop");
        assertThat(page.getByTestId("recovery-codes-left")).containsText("10 unused");

        signOut();
        signIn(admin.username(), password);
        enterCode(codes.get(0));
        assertThat(page.locator("h1")).containsText("Welcome");
        signOut();
        signIn(admin.username(), password);
        enterCode(codes.get(0));
        assertThat(page.getByTestId("second-factor-error")).containsText("wrong or was already used");
        enterCode(codes.get(1));
        assertThat(page.locator("h1")).containsText("Welcome");
        page.navigate("/account");
        assertThat(page.getByTestId("recovery-codes-left")).containsText("8 unused");
    }

    @Test
    void anAdministratorEnrolsAnAuthenticatorAppAndSignsInWithItsCodes() {
        CreatedUser admin = createUser(Role.ADMIN);
        String password = signInFirstTime(admin.username(), admin.oneTimePassword());
        assertThat(page.getByTestId("enrolment-required")).isVisible();
        page.getByTestId("setup-totp").click();
        assertThat(page.getByTestId("totp-qr")).isVisible();
        Object qrWidth = page.getByTestId("totp-qr").evaluate("img => img.naturalWidth");
        Assertions.assertThat(((Number) qrWidth).intValue()).isPositive();
        byte[] secret = new Base32().decode(page.getByTestId("totp-secret").textContent().replace(" ", ""));

        page.getByLabel("Six-digit code").fill("000000".equals(code(secret, 0)) ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.locator("#code-error")).containsText("wrong");
        String enrolmentCode = code(secret, 0);
        page.getByLabel("Six-digit code").fill(enrolmentCode);
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Confirm")).click();
        Assertions.assertThat(recoveryCodes()).hasSize(10);
        page.getByTestId("recovery-codes-done").click();
        assertThat(page.locator("h1")).containsText("Welcome");

        signOut();
        signIn(admin.username(), password);
        // a code is accepted once: the one used at enrolment is refused, the next one is accepted
        enterCode(enrolmentCode);
        assertThat(page.getByTestId("second-factor-error")).isVisible();
        enterCode(code(secret, 30));
        assertThat(page.locator("h1")).containsText("Welcome");
        page.navigate("/admin/users");
        assertThat(page.locator("h1")).hasText("Users");
    }

    @Test
    void aPlannerOptsInToAnAuthenticatorAppAndIsAskedForItFromTheNextSignIn() {
        CreatedUser planner = createUser(Role.PLANNER);
        String password = signInFirstTime(planner.username(), planner.oneTimePassword());
        assertThat(page.locator("h1")).containsText("Welcome");
        page.getByTestId("signed-in-user").click();
        assertThat(page.locator("h1")).hasText("My account");
        page.getByTestId("setup-totp").click();
        byte[] secret = new Base32().decode(page.getByTestId("totp-secret").textContent().replace(" ", ""));
        page.getByLabel("Six-digit code").fill(code(secret, 0));
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Confirm")).click();
        recoveryCodes();

        signOut();
        signIn(planner.username(), password);
        assertThat(page.locator("h1")).hasText("Confirm it is you");
        enterCode(code(secret, 30));
        assertThat(page.locator("h1")).containsText("Welcome");
    }

    private void addVirtualAuthenticator() {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject params = new JsonObject();
        params.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", params);
    }

    private List<String> recoveryCodes() {
        Locator list = page.getByTestId("recovery-codes").locator("li");
        assertThat(list).hasCount(10);
        return list.allTextContents().stream().map(String::trim).toList();
    }

    private void enterCode(String code) {
        page.getByTestId("code-form").locator("#code").fill(code);
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Continue")).click();
    }

    /** What an authenticator app shows now plus {@code offsetSeconds}. */
    private static String code(byte[] secret, long offsetSeconds) {
        return TotpCodes.code(secret, Instant.now().plusSeconds(offsetSeconds));
    }

    private CreatedUser createUser(Role role) {
        TestUsers.signInAs("mfa-test-admin", 1, Role.ADMIN);
        try {
            long agency = agencies.tree().stream().filter(a -> a.code().equals("DOS")).findFirst().orElseThrow().id();
            return users.create(new UserCommand("mfa." + UUID.randomUUID().toString().substring(0, 8),
                    "MFA " + role, null, null, agency, EnumSet.of(role)));
        } finally {
            TestUsers.signOut();
        }
    }
}
