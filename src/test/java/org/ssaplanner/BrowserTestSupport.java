package org.ssaplanner;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser journeys: the application on a random port, driven by a real headless Chromium
 * (Debian's /usr/bin/chromium when present, else the one Playwright manages). Each test gets a
 * fresh browser context (no shared cookies).
 */
@SsaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    /** How long a step waits at most for a page, an element or an assertion (Playwright's own default). */
    private static final int PATIENCE_MILLIS = 30_000;

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        // CI machines are small and busy (two cores for the JVM, PostgreSQL and Chromium): give pages and assertions
        // the same generous patience; a passing step never waits for it
        PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MILLIS);
        boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
        // with Debian's Chromium there is nothing to download (and no internet to download it from)
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(systemChromium ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync"));
        if (systemChromium) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(PATIENCE_MILLIS);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected void signIn(String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /**
     * Signs in with a generated (one-time) password and, as the application then requires before anything
     * else, chooses an own password; returns it.
     */
    protected String signInFirstTime(String username, String oneTimePassword) {
        signIn(username, oneTimePassword);
        return chooseOwnPassword(oneTimePassword);
    }

    /** On the page a one-time password leads to: sets a new password and returns it. */
    protected String chooseOwnPassword(String oneTimePassword) {
        PlaywrightAssertions.assertThat(page.getByTestId("one-time-notice")).isVisible();
        String chosen = "own passphrase " + UUID.randomUUID();
        page.getByLabel("One-time password you signed in with").fill(oneTimePassword);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
        page.getByLabel("New password again").fill(chosen);
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Save password")).click();
        PlaywrightAssertions.assertThat(page.getByTestId("one-time-notice")).hasCount(0);
        return chosen;
    }

    protected void signOut() {
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
    }

    /** The axe-core rule tags of WCAG 2.1 levels A and AA (2.0 A and AA included), the level every page must meet. */
    protected static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The WCAG 2.1 A and AA rules that the current page violates, as axe-core finds them in Chromium. */
    protected List<Rule> accessibilityViolations() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    /**
     * Fails when axe-core finds a WCAG 2.1 A or AA violation on the current page, with one line per rule: its id, its
     * impact, what it asks for and the selectors of the elements that break it (and why, for the first of them).
     */
    protected void assertAccessible() {
        List<Rule> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(page.url(), violations));
        }
    }

    /** A readable list of violations: rule (impact): help, then the elements' selectors. */
    protected static String describe(String where, List<Rule> violations) {
        return violations.size() + " WCAG 2.1 A/AA violation(s) on " + where + ":\n" + violations.stream()
                .map(BrowserTestSupport::line).collect(Collectors.joining("\n"));
    }

    private static String line(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes();
        String targets = nodes.stream().limit(8).map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining(", "));
        String more = nodes.size() > 8 ? " and " + (nodes.size() - 8) + " more" : "";
        String why = nodes.isEmpty() || nodes.get(0).getFailureSummary() == null ? ""
                : "\n      " + nodes.get(0).getFailureSummary().replaceAll("\\s+", " ").trim();
        return "  - " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n      at " + targets + more
                + why;
    }

    /**
     * Saves a full-page screenshot in target/screenshots and, since a page worth a screenshot is a page users see,
     * checks it with axe-core for WCAG 2.1 A and AA (see {@link #assertAccessible()}).
     */
    protected void screenshot(String name) {
        Path target = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(target).setFullPage(true));
        assertAccessible();
    }

    /**
     * A section the plan page loads once it is scrolled into view ({@code data-deferred-section}): scrolls its
     * placeholder into view, waits for htmx to swap the section in and returns the section (the elements of
     * {@code testId}).
     */
    protected Locator sectionOnDemand(String fragment, String testId) {
        Locator placeholder = page.locator("[data-deferred-section='" + fragment + "']");
        // scrolled to again while it waits, as a reader keeps scrolling: a chart drawn above it after the first scroll
        // can push the placeholder out of view before the browser first checks it, and then it never intersects
        for (int attempt = 0; attempt < 15 && placeholder.count() > 0; attempt++) {
            page.evaluate("f => document.querySelector('[data-deferred-section=\"' + f + '\"]')?.scrollIntoView()",
                    fragment);
            try {
                placeholder.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED)
                        .setTimeout(2_000));
            } catch (TimeoutError stillThere) {
                // scroll again
            }
        }
        placeholder.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        return page.getByTestId(testId);
    }
}
