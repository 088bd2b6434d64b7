package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The network announces while screens are open: an admin records the renewal, and over push, without
 * a reload, a fan's show page on a phone and on a desktop show the official word and close the vote,
 * and the kiosk's badge changes and its code no longer asks for a vote.
 */
@ExtendWith(TestShows.class)
class AnnouncementsInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShowAdministration administration;

    @Test
    void a_renewal_an_admin_records_reaches_open_show_pages_and_the_kiosk_within_two_seconds() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext screen = context(1920, 1080); BrowserContext phone = context(390, 844);
                BrowserContext desktop = context(1366, 900)) {
            Page kiosk = screen.newPage();
            kiosk.navigate(url("/kiosk?shows=" + show.slug() + "&rotate=60"));
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-status")).hasText("No announcement");
            Chromium.settle(kiosk);
            Page fan = phone.newPage();
            fan.navigate(url("/shows/" + show.slug()));
            Chromium.settle(fan);
            fan.getByLabel("Your odds (%)").fill("80");
            fan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
            assertThat(fan.locator(".your-forecast")).containsText("You said 80 %");
            Page reader = desktop.newPage();
            reader.navigate(url("/shows/" + show.slug()));
            Chromium.settle(reader);

            SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                    "tvN confirms a second season", "https://tvn.example/season-2"));

            var withinTwoSeconds = new LocatorAssertions.ContainsTextOptions().setTimeout(2_000);
            for (Page page : new Page[] {fan, reader}) {
                assertThat(page.locator(".official-word")).containsText("Renewed", withinTwoSeconds);
                assertThat(page.locator(".official-word")).containsText("tvN confirms a second season");
                assertThat(page.locator(".show-odds")).containsText("voting is closed", withinTwoSeconds);
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")))
                        .hasCount(0);
            }
            assertThat(fan.locator(".show-odds")).containsText("Your last forecast was 80 %.");
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-status")).containsText("Renewed", withinTwoSeconds);
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-scan")).hasText("Scan for the outcome");

            fan.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("show-renewed-live-phone")));
            reader.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("show-renewed-live-desktop")));
            kiosk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("kiosk-renewed-1920x1080")));
        }
    }
}
