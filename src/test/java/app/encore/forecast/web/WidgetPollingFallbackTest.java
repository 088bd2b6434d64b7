package app.encore.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over the bound of streams from one address, a widget is handed the odds and told to come back in
 * 30 s (its browser's EventSource does, so it polls); a widget that comes back after an announcement
 * is told to reload.
 */
@ExtendWith(TestShows.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "encore.embed.max-streams-per-address=2")
class WidgetPollingFallbackTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    ShowAdministration administration;

    @Autowired
    WidgetStreams streams;

    private HttpRequest.Builder events(String slug) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/embed/" + slug + "/events"))
                .header("Accept", "text/event-stream");
    }

    @Test
    void the_third_widget_from_one_address_gets_the_odds_and_polls_every_thirty_seconds() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "198.18.0.9", show.id(), 40);
        var client = HttpClient.newHttpClient();
        int before = streams.count();
        List<InputStream> open = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            open.add(client.send(events(show.slug()).build(), HttpResponse.BodyHandlers.ofInputStream()).body());
        }

        String third = client.send(events(show.slug()).build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(third).as("the answer ends at once, with the odds and when to ask again")
                .contains("event:odds", "\"percent\":\"40 %\"", "retry:30000", "id:UNANNOUNCED");
        assertThat(streams.count()).isEqualTo(before + 2);
        for (InputStream body : open) {
            body.close();
        }
    }

    @Test
    void a_widget_that_comes_back_after_an_announcement_is_told_to_reload() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                "tvN confirms season 2", "https://tvn.example/season-2"));

        String answer = HttpClient.newHttpClient().send(events(show.slug()).header("Last-Event-ID", "UNANNOUNCED").build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(answer).contains("event:status", "RENEWED");
    }
}
