package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.support.LiveSessions;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page's first response, as a reader without JavaScript gets it (a crawler, a link preview, a
 * fan's {@code curl}): the page itself, its title and HTTP status, and no session left behind.
 */
@ExtendWith(TestShows.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FirstResponseTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rumors rumors;

    @Autowired
    Fans fans;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_show_page_answers_with_the_page_itself_before_any_javascript() throws Exception {
        HttpResponse<String> response = get("/shows/crash-landing-on-you", "en-US");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Crash Landing on You · Encore");
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .startsWith("Will Crash Landing on You be officially renewed for season 2?");
        assertThat(page.select("#outlet h1").text()).isEqualTo("Crash Landing on You");
        assertThat(page.select("#outlet .official-word").text()).contains("Official status:", "No announcement");
        assertThat(page.select("#outlet .show-odds h2").text()).isEqualTo("Crowd odds");
        assertThat(page.select("#outlet .show-cast").text()).contains("Hyun Bin", "as Ri Jeong-hyeok");
        assertThat(page.select("#outlet .show-facts").text()).contains("tvN", "Netflix");
        assertThat(page.select("#outlet .show-rumors h2").text()).isEqualTo("Rumors");
        assertThat(page.select("#outlet noscript").text()).contains("needs JavaScript to vote");
        assertThat(page.select("#outlet a.back-link").attr("href")).isEqualTo(".");
    }

    @Test
    void an_unknown_show_answers_404_with_a_way_back() throws Exception {
        HttpResponse<String> response = get("/shows/no-such-drama", "en-US");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("No such show · Encore");
        assertThat(page.select("#outlet h1").text()).isEqualTo("No such show");
        assertThat(page.select("#outlet a.button-link").text()).isEqualTo("Back to all shows");
    }

    @Test
    void the_show_list_answers_with_its_cards_and_honours_the_filters_in_the_address() throws Exception {
        Document all = Jsoup.parse(get("/", "en-US").body());
        assertThat(all.title()).isEqualTo("Encore · Will it get a season 2?");
        assertThat(all.select("#outlet .show-card")).hasSize(8);
        assertThat(all.select("#outlet a.show-card-link").eachAttr("href")).contains("shows/goblin");

        Document renewed = Jsoup.parse(get("/?status=renewed", "en-US").body());
        assertThat(renewed.select("#outlet .show-card-title").eachText())
                .containsExactly("Hospital Playlist", "Romantic Doctor, Teacher Kim");
        assertThat(renewed.select("#outlet .result-summary").text()).isEqualTo("2 shows");
    }

    @Test
    void a_browser_that_prefers_korean_gets_the_korean_page() throws Exception {
        Document page = Jsoup.parse(get("/shows/goblin", "ko-KR,ko;q=0.9,en;q=0.5").body());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.select("#outlet .show-cast h2").text()).isEqualTo("출연");
    }

    @Test
    void the_first_response_is_the_same_for_everyone_and_never_shows_a_fans_rumor_awaiting_review() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        rumors.submit(fan, show.id(), new RumorDraft("Only the author may see this yet", null,
                "https://press.example/x", SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                ProofOfWorkSolver.solve(rumors.challenge()));

        HttpRequest asTheAuthor = HttpRequest.newBuilder(URI.create(url("/shows/" + show.slug())))
                .header("Cookie", "encore-fan=" + fans.cookieValue(fan)).build();
        String body = http.send(asTheAuthor, HttpResponse.BodyHandlers.ofString()).body();

        assertThat(body).doesNotContain("Only the author may see this yet");
        assertThat(Jsoup.parse(body).select("#outlet .rumor-none").text()).isEqualTo("No rumors about this show yet.");
    }

    @Test
    void a_thousand_page_views_without_cookies_leave_no_session_behind() throws Exception {
        int before = LiveSessions.count(spring);
        List<String> pages = List.of("/", "/shows/goblin", "/shows/crash-landing-on-you", "/shows/my-name",
                "/shows/no-such-drama", "/kiosk", "/login", "/admin/moderation");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String page = pages.get(i % pages.size());
                statuses.add(clients.submit(() -> get(page, "en-US").statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isIn(200, 302, 404);
            }
        } finally {
            clients.shutdown();
        }

        assertThat(LiveSessions.count(spring)).as("sessions after 1,000 cookie-less page views")
                .isLessThanOrEqualTo(before);
    }

    private HttpResponse<String> get(String path, String languages) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", languages).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
