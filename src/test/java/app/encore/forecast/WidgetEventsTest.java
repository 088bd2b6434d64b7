package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.support.TestShows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded widget's event stream: the current odds on connecting, every change after, and
 * nothing left listening once the reader has gone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(TestShows.class)
class WidgetEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    LocalCrowdOddsFeed feed;

    @Test
    void a_widget_hears_the_odds_at_once_and_after_each_vote_and_a_closed_one_stops_listening() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "fan", show.id(), 40);
        int listening = feed.listenerCount();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/embed/" + show.slug() + "/events"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        Iterator<String> lines = stream.body().iterator();

        assertThat(nextData(lines, "odds")).contains("\"percent\":\"40 %\"", "1 forecaster");
        assertThat(feed.listenerCount()).isEqualTo(listening + 1);

        forecasting.forecast(FanId.random(), "fan", show.id(), 40);
        assertThat(nextData(lines, "odds")).contains("2 forecasters", "Crowd odds now 40 %.");

        stream.body().close();
        // The server learns the reader has gone when it next writes to it: at the next vote.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (feed.listenerCount() > listening && System.nanoTime() < deadline) {
            forecasting.forecast(FanId.random(), "fan", show.id(), 60);
            Thread.sleep(200);
        }
        assertThat(feed.listenerCount()).isEqualTo(listening);
    }

    private static String nextData(Iterator<String> lines, String event) {
        boolean inEvent = false;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.equals("event:" + event)) {
                inEvent = true;
            } else if (inEvent && line.startsWith("data:")) {
                return line.substring("data:".length());
            }
        }
        throw new AssertionError("The stream ended before an " + event + " event");
    }
}
