package app.encore.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core (Deque's accessibility engine, from npm, installed with the frontend build) run in Chromium
 * on every public screen at a phone's width and a laptop's: no serious or critical violation of
 * WCAG 2.2 A and AA. The pages are audited as fans meet them: the live page after Vaadin has started.
 */
@org.junit.jupiter.api.extension.ExtendWith(app.encore.support.TestShows.class)
class AccessibilityAuditTest extends BrowserTest {

    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
    /**
     * Found on Encore before, whatever impact axe gives them: a link whose name hides its visible text
     * (WCAG 2.5.3, an experimental rule, switched on), links told from text by colour only, content
     * outside every landmark.
     */
    static final String NAMED = "['label-content-name-mismatch', 'link-in-text-block', 'region']";

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @CsvSource({
        "/, 390, live", "/, 1366, live", "/, 390, first response",
        "/shows/crash-landing-on-you, 390, live", "/shows/crash-landing-on-you, 1366, live",
        "/shows/crash-landing-on-you, 390, first response",
        "/shows/crash-landing-on-you?lang=ko, 390, live",
        "/kiosk, 390, live", "/kiosk, 1366, live",
        "/embed/crash-landing-on-you, 390, live", "/embed/crash-landing-on-you?theme=dark, 1366, live",
        "/login, 390, live", "/login, 1366, live",
        "/leaderboard, 390, live", "/record, 390, live", "/record, 1366, live", "/record, 390, first response",
        "/track-record, 390, live", "/me, 390, live", "/me, 1366, live"})
    void a_public_screen_has_no_serious_or_critical_accessibility_violation(String path, int width, String stage)
            throws Exception {
        assertThat(AXE).as("axe-core comes with the frontend build (npm install)").exists();
        // The embedded widget allows no inline script: let the audit in anyway.
        try (BrowserContext fan = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(width, 900).setBypassCSP(true))) {
            Page page = fan.newPage();
            boolean live = stage.equals("live");
            if (!live) {
                // What a reader without JavaScript, or a crawler, gets: Encore's scripts never start.
                page.route("**/VAADIN/**", route -> route.abort());
            }
            page.navigate(url(path));
            if (live && !path.startsWith("/embed")) {
                Chromium.settle(page);
            }
            if (path.startsWith("/kiosk")) {
                page.locator(".kiosk-slide.active").waitFor();
            }
            assertThat(audit(page)).as("axe on " + path + " at " + width + " px").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/admin/catalogue, 390", "/admin/catalogue, 1366", "/admin/catalogue/show/new, 390",
        "/admin/catalogue/show/new, 1366", "/admin/catalogue/import, 390", "/admin/catalogue/import, 1366",
        "/admin/bursts, 390", "/admin/bursts, 1366"})
    void a_staff_screen_has_no_serious_or_critical_accessibility_violation(String path, int width,
            @org.springframework.beans.factory.annotation.Autowired app.encore.forecast.Forecasting forecasting,
            @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc)
            throws Exception {
        if (path.equals("/admin/bursts")) {
            // A burst to show: twelve new fans from one address on one show.
            var show = app.encore.support.TestShows.open(jdbc);
            String address = "burst-" + java.util.UUID.randomUUID();
            for (int i = 0; i < 12; i++) {
                forecasting.forecast(app.encore.fan.FanId.random(), address, show.id(), 95);
            }
        }
        try (BrowserContext staff = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(width, 900))) {
            watchPolicy(staff);
            Page page = staff.newPage();
            page.navigate(url(path));
            RumorsInBrowserTest.signIn(page, "admin", System.getenv("ENCORE_ADMIN_PASSWORD"));
            Chromium.settle(page);
            assertThat(audit(page)).as("axe on " + path + " at " + width + " px").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Chromium.screenshot("staff" + path.replace('/', '-') + "-" + width)));
        }
    }

    /** Serious and critical violations axe finds on the page as it is now (and a few named ones). */
    @SuppressWarnings("unchecked")
    static List<String> audit(Page page) throws Exception {
        page.evaluate(Files.readString(AXE));
        return (List<String>) page.evaluate(("""
                async () => {
                  const NAMED = %s;
                  const result = await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                    rules: {'label-content-name-mismatch': {enabled: true}}
                  });
                  if (result.passes.length === 0) {
                    return ['axe checked nothing'];
                  }
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical' || NAMED.includes(v.id))
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""").formatted(NAMED));
    }
}
