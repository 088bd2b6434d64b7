package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogueInBrowserTest extends BrowserTest {





    @Test
    void a_fan_searches_for_crash_opens_the_show_and_sees_hyun_bin_in_the_cast_on_a_desktop() {
        findCrashLandingAndSeeTheCast(1366, 900, "desktop");
    }

    @Test
    void a_fan_does_the_same_on_a_390_pixel_phone() {
        findCrashLandingAndSeeTheCast(390, 844, "phone");
    }

    @Test
    void an_unknown_show_answers_404_with_a_way_back() {
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();

            Response response = page.navigate(url("/shows/no-such-drama"));

            assertThat(response.status()).isEqualTo(404);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("No such show");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to all shows")).click();
            assertThat(page.locator(".show-card")).hasCount(8);
        }
    }

    @Test
    void a_browser_that_prefers_korean_gets_the_korean_page() {
        try (BrowserContext context = context("ko-KR", 1366, 900)) {
            Page page = context.newPage();
            page.navigate(url("/"));

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("시즌 2 나올까?");
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
            assertThat(page).hasTitle("Encore · 시즌 2 나올까?");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-korean")));
        }
    }

    @Test
    void a_filtered_list_survives_a_reload_and_the_keyboard_reaches_the_skip_link_first() {
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.navigate(url("/?network=SBS"));
            assertThat(page.locator(".show-card")).hasCount(2);

            page.reload();
            assertThat(page.locator(".show-card")).hasCount(2);

            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.keyboard().press("Tab");
            assertThat(page.locator(".skip-link")).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("#main-content")).isFocused();
            assertThat(page).hasURL(Pattern.compile(".*/\\?network=SBS$"));
        }
    }

    @Test
    void an_unexpected_error_shows_a_short_notification_and_never_a_stack_trace() {
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.navigate(url("/test/fails-on-click"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break")).click();

            assertThat(page.locator("vaadin-notification-card"))
                    .containsText("Something went wrong on our side. Please try again.");
            assertThat(page.locator("body")).not().containsText("exploded");
            assertThat(page.locator("body")).not().containsText("Exception");
        }
    }

    private void findCrashLandingAndSeeTheCast(int width, int height, String name) {
        try (BrowserContext context = context(width, height)) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page).hasTitle("Encore · Will it get a season 2?");
            assertThat(page.locator(".show-card")).hasCount(8);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-" + name)).setFullPage(true));

            Chromium.settle(page);
            page.getByLabel("Search").fill("Crash");

            Locator cards = page.locator(".show-card");
            assertThat(cards).hasCount(1);
            assertThat(page).hasURL(Pattern.compile(".*\\?q=Crash$"));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Crash Landing on You")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Crash Landing on You");
            assertThat(page).hasURL(Pattern.compile(".*/shows/crash-landing-on-you$"));
            assertThat(page).hasTitle("Crash Landing on You · Encore");
            assertThat(page.locator(".show-cast")).containsText("Hyun Bin");
            assertThat(page.locator(".show-cast")).containsText("as Ri Jeong-hyeok");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("show-" + name)).setFullPage(true));
        }
    }


}
