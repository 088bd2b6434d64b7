package app.encore;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resolved question is shown as resolved wherever the public reads it: its card says what the crowd
 * said before the announcement, not a live-looking label; sorting by the odds puts it after every open
 * question; the embed leads to the outcome, not to a vote. (The kiosk slide: {@code KioskViewTest}.)
 */
@ExtendWith(TestShows.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResolvedEverywhereTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    ShowAdministration administration;

    private Document get(String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void after_a_renewal_the_card_the_sort_and_the_embed_say_the_outcome_and_the_crowds_last_odds() throws Exception {
        TestShows.Created renewed = TestShows.open(jdbc);
        TestShows.Created open = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "198.18.0.1", renewed.id(), 95);
        forecasting.forecast(FanId.random(), "198.18.0.2", renewed.id(), 90);
        forecasting.forecast(FanId.random(), "198.18.0.3", open.id(), 10);

        SignedIn.asAdmin(() -> administration.setOfficialStatus(renewed.id(), OfficialStatus.RENEWED,
                "tvN confirms season 2", "https://tvn.example/season-2"));

        Document list = get("/?sort=odds");
        var cards = list.select(".show-card");
        int renewedAt = -1;
        int openAt = -1;
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).text().contains(renewed.title())) {
                renewedAt = i;
                assertThat(cards.get(i).select(".show-card-odds").text()).as("the renewed show's card")
                        .startsWith("The crowd said 92 % before the announcement") // the median of 95 and 90
                        .doesNotContain("Sure thing").doesNotContain("Too few");
            }
            if (cards.get(i).text().contains(open.title())) {
                openAt = i;
            }
        }
        assertThat(renewedAt).as("the renewed show is listed").isNotNegative();
        assertThat(openAt).isNotNegative();
        assertThat(renewedAt).as("92 % but decided: after the open question at 10 %").isGreaterThan(openAt);

        Document embed = get("/embed/" + renewed.slug());
        assertThat(embed.select("a.vote").text()).isEqualTo("See the outcome on Encore");
        assertThat(embed.select(".label").text()).isEqualTo("Renewed");
        assertThat(embed.text()).doesNotContain("Give your odds");
        assertThat(embed.select("[data-field=final]").text()).as("the figure the detail line names").isEqualTo("92 %");
        assertThat(embed.select(".detail").text()).isEqualTo("The crowd’s last odds before the announcement · 2 forecasters")
                .doesNotContain("middle half");

        Document page = get("/shows/" + renewed.slug());
        assertThat(page.select("meta[property=og:description]").attr("content"))
                .isEqualTo("Official word: Renewed. Before the announcement the crowd said 92 % (2 forecasters).");

        var data = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/data/shows/" + renewed.slug() + "/odds.json")).build(), HttpResponse.BodyHandlers.ofString());
        var resolution = tools.jackson.databind.json.JsonMapper.builder().build().readTree(data.body()).path("resolution");
        assertThat(resolution.path("outcome").asString()).isEqualTo("RENEWED");
        assertThat(resolution.path("final_median").asInt()).isEqualTo(92);
        assertThat(resolution.path("final_forecasters").asInt()).isEqualTo(2);
        assertThat(resolution.path("source").asString()).isEqualTo("https://tvn.example/season-2");

        var feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/feeds/shows/" + renewed.slug() + ".atom")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.body()).contains(renewed.title() + ": officially renewed for season 2");
    }
}
