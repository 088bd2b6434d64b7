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
    void a_fan_filters_with_the_native_selects_and_the_address_follows() {
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.navigate(url("/"));
            Chromium.settle(page);

            page.getByLabel("Official status").selectOption("renewed");

            assertThat(page.locator(".show-card")).hasCount(2);
            assertThat(page).hasURL(Pattern.compile(".*/\\?status=renewed$"));
            assertThat(page.locator(".result-summary")).hasText("2 shows");
            page.getByLabel("Sort by").selectOption("newest");
            assertThat(page.locator(".show-card-title").first()).hasText("Hospital Playlist");
            assertThat(page).hasURL(Pattern.compile(".*/\\?status=renewed&sort=newest$"));
        }
    }

    @Test
    void a_reader_without_javascript_reads_a_show_and_filters_the_list_with_the_plain_form() {
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(390, 844).setJavaScriptEnabled(false))) {
            Page page = context.newPage();

            Response show = page.navigate(url("/shows/crash-landing-on-you"));
            assertThat(show.status()).isEqualTo(200);
            assertThat(page).hasTitle("Crash Landing on You · Encore");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Crash Landing on You");
            assertThat(page.locator(".show-cast")).containsText("Hyun Bin");
            assertThat(page.locator(".noscript-note")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("show-without-javascript-phone"))
                    .setFullPage(true));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All shows")).click();
            page.getByLabel("Official status").selectOption("renewed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show matching shows")).click();

            assertThat(page).hasURL(Pattern.compile(".*/\\?q=&status=renewed&network=&platform=&sort=title$"));
            assertThat(page.locator(".show-card")).hasCount(2);
            assertThat(page.locator(".result-summary")).hasText("2 shows");
        }
    }

    @Test
    void the_live_page_replaces_the_first_response_without_moving_it() {
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            page.route("**/VAADIN/build/**", route -> route.abort());
            page.navigate(url("/shows/crash-landing-on-you"));
            double firstHeight = ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue();
            assertThat(page.locator(".first-paint")).hasCount(1);

            page.unroute("**/VAADIN/build/**");
            page.reload();
            Chromium.settle(page);

            assertThat(page.locator(".first-paint")).hasCount(0);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasCount(1);
            double liveHeight = ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue();
            assertThat(Math.abs(liveHeight - firstHeight)).as("page height, first response %s vs live %s", firstHeight,
                    liveHeight).isLessThan(16.0);
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
    void a_korean_address_opens_the_live_page_in_korean_for_an_english_browser() {
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            page.navigate(url("/shows/crash-landing-on-you?lang=ko"));
            Chromium.settle(page);

            // The save button exists only on the live page, not in the first response.
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("예측 저장"))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("팬 예측"))).isVisible();
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("show-korean-address-phone")));
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
            // What a phone paints first (the page's first response), then the live page that replaces it.
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-first-paint-" + name))
                    .setFullPage(true));
            Chromium.settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-" + name)).setFullPage(true));
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

    @Test
    void a_phone_paints_the_show_before_encore_starts_and_the_live_page_never_becomes_its_largest_paint() {
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            // When the first paint and the largest paint happen, and when Encore's script is put in.
            page.addInitScript("""
                    window.paintLog = { paints: [], largest: [], started: null };
                    new PerformanceObserver(list => list.getEntries().forEach(e => paintLog.paints.push(e.name + '@' + e.startTime)))
                        .observe({ type: 'paint', buffered: true });
                    new PerformanceObserver(list => list.getEntries().forEach(e => paintLog.largest.push(e.startTime)))
                        .observe({ type: 'largest-contentful-paint', buffered: true });
                    new MutationObserver(() => {
                        if (paintLog.started === null && document.querySelector('script[type=module][src*="VAADIN/build/indexhtml"]')) {
                            paintLog.started = performance.now();
                        }
                    }).observe(document, { childList: true, subtree: true });
                    """);

            page.navigate(url("/shows/crash-landing-on-you"));
            Chromium.settle(page);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds"))).isVisible();
            page.waitForTimeout(500);

            double started = ((Number) page.evaluate("paintLog.started")).doubleValue();
            double contentful = ((Number) page.evaluate("parseFloat(paintLog.paints.find(p => p.startsWith('first-contentful-paint')).split('@')[1])"))
                    .doubleValue();
            assertThat(contentful).as("first contentful paint before Encore's script").isLessThan(started);
            @SuppressWarnings("unchecked")
            java.util.List<Number> largest = (java.util.List<Number>) page.evaluate("paintLog.largest");
            assertThat(largest).as("largest paints").isNotEmpty()
                    .allSatisfy(at -> assertThat(at.doubleValue()).as("a largest paint before the live page").isLessThan(started));
        }
    }
}
