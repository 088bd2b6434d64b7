package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The screens desk watching a real screen, with its lifetimes shortened: the screen reports every
 * second and is offline after four without a report. Staff pair it, see it online, change what it
 * shows (the screen follows within seconds), and see it go offline once its browser is closed.
 */
@ExtendWith(TestShows.class)
@TestPropertySource(properties = {"encore.screens.report-every=1s", "encore.screens.offline-after=4s"})
class ScreensInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    static final LocatorAssertions.ContainsTextOptions WITHIN_15_S =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Test
    void staff_pair_a_screen_see_it_online_change_its_shows_and_see_it_offline_once_its_browser_closes() {
        TestShows.Created first = TestShows.open(jdbc);
        TestShows.Created second = TestShows.open(jdbc);
        try (BrowserContext staff = context(1366, 900)) {
            BrowserContext screen = context(1920, 1080);
            Page kiosk = screen.newPage();
            kiosk.navigate(url("/kiosk?shows=" + first.slug() + "&pair"));
            String code = kiosk.locator(".kiosk-pairing-code").textContent().strip();

            Page desk = staff.newPage();
            desk.navigate(url("/admin/screens"));
            RumorsInBrowserTest.signIn(desk, "admin", System.getenv("ENCORE_ADMIN_PASSWORD"));
            Chromium.settle(desk);
            String name = "Stage " + code;
            desk.getByLabel("Code shown on the screen").fill(code);
            desk.getByLabel("Screen name").fill(name);
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register screen")).click();
            var item = desk.locator(".screen-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));

            // The screen claims its credential, comes back and reports: online, showing its show.
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-address")).containsText("/v/", WITHIN_15_S);
            assertThat(item).containsText("Online", WITHIN_15_S);
            assertThat(item).containsText("Showing: " + first.title(), WITHIN_15_S);
            assertThat(item).containsText("Chrom", WITHIN_15_S);
            desk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-screens-online-1366")));

            // Staff set it to the other show in the light theme: the screen follows within seconds.
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the settings of “" + name + "”")).click();
            var shows = desk.getByLabel("Shows");
            shows.click();
            shows.fill(second.title());
            desk.locator("vaadin-multi-select-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(second.title())).first().click();
            desk.keyboard().press("Escape");
            desk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-screens-settings-1366")));
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(kiosk.locator(".kiosk-slide.active")).containsText(second.title(), WITHIN_15_S);
            assertThat(item).containsText("Showing: " + second.title(), WITHIN_15_S);
            kiosk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("kiosk-registered-1920x1080")));

            // Its browser closes: the desk marks it offline within the set time, and moderation says so.
            screen.close();
            assertThat(item).containsText("Offline", WITHIN_15_S);
            desk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-screens-offline-1366")));
            desk.navigate(url("/admin/moderation"));
            assertThat(desk.locator(".desk-notice")).containsText("offline", WITHIN_15_S);
        }
    }
}
