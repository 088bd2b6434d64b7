package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.Fans;
import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(TestShows.class)
class VotingInBrowserTest extends BrowserTest {



    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fans fans;



    @Test
    void two_fans_vote_80_and_20_see_two_forecasters_and_odds_between_and_a_change_keeps_the_count() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext first = context(1366, 900); BrowserContext second = context(390, 844)) {
            Page fanA = first.newPage();
            Page fanB = second.newPage();
            fanA.navigate(url("/shows/" + show.slug()));
            fanB.navigate(url("/shows/" + show.slug()));
            assertThat(fanA.locator(".odds-label")).hasText("No forecasts yet");

            vote(fanA, 80);
            assertThat(fanA.locator(".your-forecast")).hasText("You said 80 %, just now.");
            // Fan B's page updates without a reload, pushed by the server.
            assertThat(fanB.locator(".odds-figure")).hasText("80 %");

            vote(fanB, 20);
            for (Page page : List.of(fanA, fanB)) {
                assertThat(page.locator(".odds-detail")).containsText("2 forecasters");
                assertThat(median(page)).isBetween(21, 79);
            }

            vote(fanA, 60);
            for (Page page : List.of(fanA, fanB)) {
                assertThat(page.locator(".odds-detail")).containsText("2 forecasters");
            }
            assertThat(fanA.locator(".your-forecast")).hasText("You said 60 %, just now.");
            fanA.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("odds-desktop")).setFullPage(true));
            fanB.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("odds-phone")).setFullPage(true));

            fanB.reload();
            assertThat(fanB.getByLabel("Your odds (%)")).hasValue("20");

            fanA.navigate(url("/?sort=odds"));
            assertThat(fanA.locator(".show-card").first()).containsText(show.title());
            assertThat(fanA.locator(".show-card").first()).containsText("2 forecasters");
            fanA.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-by-odds-desktop")));
            fanB.navigate(url("/?sort=odds"));
            fanB.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-by-odds-phone")));
        }
        try (BrowserContext korean = context("ko-KR", 390, 844)) {
            Page page = korean.newPage();
            page.navigate(url("/shows/" + show.slug()));
            assertThat(page.locator(".show-odds h2")).hasText("팬 예측");
            assertThat(page.locator(".odds-detail")).containsText("예측 2명");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("odds-korean-phone")).setFullPage(true));
        }
    }

    @Test
    void the_first_vote_sets_a_long_lived_signed_http_only_cookie() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.navigate(url("/shows/" + show.slug()));
            assertThat(fanCookie(context)).isNull();

            vote(page, 55);
            assertThat(page.locator(".your-forecast")).hasText("You said 55 %, just now.");

            Cookie cookie = fanCookie(context);
            assertThat(cookie).isNotNull();
            assertThat(cookie.httpOnly).isTrue();
            assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
            assertThat(cookie.expires).isGreaterThan(System.currentTimeMillis() / 1000.0 + 365 * 24 * 3600);
            assertThat(fans.recognise(cookie.value)).isPresent();
            assertThat((Boolean) page.evaluate("() => document.cookie.includes('encore-fan')")).isFalse();
        }
    }

    @Test
    void a_tampered_cookie_is_ignored_and_replaced_by_the_next_vote() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext context = context(1366, 900)) {
            String forged = "v1." + UUID.randomUUID() + ".forged-signature";
            context.addCookies(List.of(new Cookie("encore-fan", forged).setDomain("localhost").setPath("/")));
            Page page = context.newPage();
            page.navigate(url("/shows/" + show.slug()));
            assertThat(page.locator(".your-forecast")).hasText("You haven’t given your odds yet.");

            vote(page, 35);

            Cookie cookie = fanCookie(context);
            assertThat(cookie.value).isNotEqualTo(forged);
            assertThat(fans.recognise(cookie.value)).isPresent();
        }
    }

    @Test
    void a_value_over_one_hundred_gets_a_message_beside_the_field_and_stays_typed() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            page.navigate(url("/shows/" + show.slug()));

            Chromium.settle(page);
            page.getByLabel("Your odds (%)").fill("150");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();

            assertThat(page.locator(".odds-value")).containsText("Enter a whole number from 0 to 100.");
            assertThat(page.getByLabel("Your odds (%)")).hasValue("150");
            assertThat(page.locator(".odds-label")).hasText("No forecasts yet");
        }
    }

    @Test
    void the_chart_library_is_fetched_only_for_a_page_with_a_history_to_draw() {
        TestShows.Created quiet = TestShows.open(jdbc);
        TestShows.Created moved = TestShows.open(jdbc);
        Instant now = Instant.now();
        for (int daysAgo : List.of(3, 2, 1)) {
            jdbc.sql("INSERT INTO crowd_odds_point (show_id, recorded_at, median, lower_quartile, upper_quartile, forecasters)"
                            + " VALUES (:show, :at, :median, :median - 10, :median + 10, 12)")
                    .param("show", moved.id()).param("at", java.sql.Timestamp.from(now.minus(Duration.ofDays(daysAgo))))
                    .param("median", 40 + 5 * daysAgo).update();
        }
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.onRequest(request -> fetched.add(request.url()));

            page.navigate(url("/shows/" + quiet.slug()));
            Chromium.settle(page);
            page.waitForTimeout(500);
            assertThat(fetched).as("a show with no history to draw").noneMatch(address -> address.contains("uPlot"));

            page.navigate(url("/shows/" + moved.slug()));
            Chromium.settle(page);
            assertThat(page.locator("encore-odds-chart canvas")).hasCount(1);
            assertThat(fetched).anyMatch(address -> address.contains("uPlot"));
            page.locator(".odds-history").screenshot(new Locator.ScreenshotOptions().setPath(Chromium.screenshot("odds-chart-phone")));
        }
    }

    private static void vote(Page page, int probability) {
        Chromium.settle(page);
        page.getByLabel("Your odds (%)").fill(Integer.toString(probability));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
        assertThat(page.locator(".your-forecast")).hasText(Pattern.compile("You said " + probability + " %.*"));
    }

    private static int median(Page page) {
        assertThat(page.locator(".odds-figure")).hasText(Pattern.compile("\\d+ %"));
        return Integer.parseInt(page.locator(".odds-figure").textContent().replace(" %", "").trim());
    }

    private static Cookie fanCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("encore-fan")).findFirst().orElse(null);
    }


}
