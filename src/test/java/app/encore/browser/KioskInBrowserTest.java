package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(TestShows.class)
class KioskInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_fans_vote_reaches_the_open_kiosk_within_two_seconds() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext screen = context(1920, 1080); BrowserContext phone = context(390, 844)) {
            Page kiosk = screen.newPage();
            kiosk.navigate(url("/kiosk?shows=" + show.slug() + ",crash-landing-on-you&rotate=60"));
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-label")).hasText("No forecasts yet");
            Chromium.settle(kiosk);

            Page fan = phone.newPage();
            fan.navigate(url("/shows/" + show.slug()));
            Chromium.settle(fan);
            fan.getByLabel("Your odds (%)").fill("75");
            fan.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save my odds")).click();

            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-detail")).containsText("1 forecaster",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(2000));
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-figure")).hasText("75 %");
            assertThat(kiosk.locator(".kiosk-connection")).hasText("Live");
            kiosk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("kiosk-1920x1080")));
        }
    }

    @Test
    void portrait_light_and_high_contrast_screens_and_korean_render() {
        try (BrowserContext portrait = context(1080, 1920); BrowserContext contrast = context(1920, 1080)) {
            Page page = portrait.newPage();
            page.navigate(url("/kiosk?theme=light&lang=ko&rotate=5"));
            assertThat(page.locator(".kiosk-slide.active .kiosk-scan")).hasText("스캔해서 투표하기");
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("kiosk-1080x1920-light-ko")));
            String first = page.locator(".kiosk-slide.active .kiosk-title").textContent();
            assertThat(page.locator(".kiosk-slide.active .kiosk-title")).not().hasText(first,
                    new LocatorAssertions.HasTextOptions().setTimeout(8000));

            Page high = contrast.newPage();
            high.navigate(url("/kiosk?theme=contrast&embed=1"));
            assertThat(high.locator(".kiosk-header")).hasCount(0);
            assertThat(high.locator(".kiosk.kiosk-contrast")).isVisible();
            high.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("kiosk-contrast-embedded")));
        }
    }

    @Test
    void a_page_on_another_origin_cannot_frame_the_kiosk() {
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.route("http://fan-cafe.example/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setContentType("text/html").setBody("<iframe id=k src='" + url("/kiosk") + "' width=800 height=450></iframe>")));
            page.navigate("http://fan-cafe.example/screen");
            page.waitForTimeout(1500);

            Frame framed = page.frames().stream().filter(f -> f != page.mainFrame()).findFirst().orElseThrow();
            assertThat(framed.locator(".kiosk")).hasCount(0);
        }
    }
}
