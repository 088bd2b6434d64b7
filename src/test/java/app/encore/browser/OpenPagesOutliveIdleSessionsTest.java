package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.LiveSessions;
import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions go quickly, open pages stay. Time runs faster here than in production: a heartbeat every
 * second instead of every minute, and a visitor's idle session ends after 4 s instead of 5 minutes.
 * A kiosk and a fan's show page stay open through a thousand cookie-less page views and more than
 * six of those timeouts (at production scale, over half an hour); then the page views have left no
 * session, the fan votes, and the kiosk shows the vote live.
 */
@ExtendWith(TestShows.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.heartbeatInterval=1", "encore.session.visitor-timeout=4s"})
class OpenPagesOutliveIdleSessionsTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_kiosk_and_a_fans_open_page_keep_working_while_page_views_leave_no_session() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext screen = context(1920, 1080); BrowserContext phone = context(390, 844)) {
            Page kiosk = screen.newPage();
            kiosk.navigate(url("/kiosk?shows=" + show.slug() + "&rotate=60"));
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-label")).hasText("No forecasts yet");
            Page fan = phone.newPage();
            fan.navigate(url("/shows/" + show.slug()));
            Chromium.settle(fan);
            long opened = System.nanoTime();

            pageViewsWithoutCookies(1_000);
            while (System.nanoTime() - opened < 25_000_000_000L) {
                Thread.sleep(500);
            }

            assertThat(LiveSessions.count(spring)).as("the kiosk's and the fan's sessions, nothing else")
                    .isEqualTo(2);
            assertThat(LiveSessions.idleTimeouts(spring)).containsOnly(4);
            fan.getByLabel("Your odds (%)").fill("40");
            fan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
            assertThat(fan.locator(".your-forecast")).containsText("You said 40 %");
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-detail")).containsText("1 forecaster",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(2_000));
            assertThat(kiosk.locator(".kiosk-connection")).hasText("Live");
        }
    }

    private void pageViewsWithoutCookies(int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> pages = List.of("/", "/shows/goblin", "/shows/crash-landing-on-you", "/kiosk");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                URI page = URI.create(url(pages.get(i % pages.size())));
                statuses.add(clients.submit(() -> http.send(HttpRequest.newBuilder(page)
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            clients.shutdown();
        }
    }
}
