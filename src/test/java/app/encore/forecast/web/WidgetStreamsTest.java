package app.encore.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.TestShows;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Widget streams nobody can use to take Encore down: 2,000 readers open the widget and leave without a
 * goodbye while the home page keeps answering, and within a minute (here, a few heartbeats of 1 s)
 * nothing of them is held.
 */
@ExtendWith(TestShows.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "encore.embed.heartbeat=1s",
    "encore.embed.max-streams-per-address=2500",
    "encore.embed.max-streams=2500"})
class WidgetStreamsTest {

    static final int READERS = 2_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WidgetStreams streams;

    private URI events(String slug) {
        return URI.create("http://localhost:" + port + "/embed/" + slug + "/events");
    }

    @Test
    void two_thousand_readers_who_leave_are_released_within_a_minute_while_the_home_page_answers() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        int before = streams.count();
        var pages = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) { // warm: the first renders of a fresh server are not what this measures
            pages.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        List<Long> pageNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong slowestPage = new AtomicLong();
        AtomicInteger pageFailures = new AtomicInteger();
        AtomicInteger pagesServed = new AtomicInteger();
        var homePage = CompletableFuture.runAsync(() -> {
            while (loading.get()) {
                long start = System.nanoTime();
                try {
                    int status = pages.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        pagesServed.incrementAndGet();
                    } else {
                        pageFailures.incrementAndGet();
                    }
                } catch (Exception e) {
                    pageFailures.incrementAndGet();
                }
                slowestPage.accumulateAndGet(System.nanoTime() - start, Math::max);
                pageNanos.add(System.nanoTime() - start);
            }
        });

        List<HttpClient> readers = new ArrayList<>();
        List<CompletableFuture<HttpResponse<InputStream>>> opened = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            // A client of its own per 100 readers: each holds its connections, as browsers do.
            if (i % 100 == 0) {
                readers.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
            }
            opened.add(readers.getLast().sendAsync(HttpRequest.newBuilder(events(show.slug()))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream()));
        }
        List<InputStream> bodies = new ArrayList<>();
        for (var response : opened) {
            HttpResponse<InputStream> answer = response.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            bodies.add(answer.body());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (streams.count() < before + READERS && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(streams.count()).as("every reader holds a stream").isEqualTo(before + READERS);

        // They leave without a goodbye: their connections close, the server is not told.
        for (InputStream body : bodies) {
            body.close();
        }
        readers.forEach(HttpClient::shutdownNow);
        long left = System.nanoTime();
        deadline = left + Duration.ofMinutes(1).toNanos();
        while (streams.count() > before && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Duration released = Duration.ofNanos(System.nanoTime() - left);
        loading.set(false);
        homePage.get(30, TimeUnit.SECONDS);

        assertThat(streams.count()).as("streams still held a minute after their readers left").isEqualTo(before);
        List<Long> sorted = pageNanos.stream().sorted().toList();
        Duration p95 = Duration.ofNanos(sorted.get((int) Math.floor(sorted.size() * 0.95)));
        System.out.printf("%d widget streams released %d ms after their readers left; %d home pages meanwhile,"
                + " p95 %d ms, the slowest %d ms%n", READERS, released.toMillis(), pagesServed.get(), p95.toMillis(),
                slowestPage.get() / 1_000_000);
        assertThat(pagesServed.get()).as("home pages served meanwhile").isPositive();
        assertThat(pageFailures.get()).as("home page requests that failed meanwhile").isZero();
        // Not a benchmark: only that pages never queue behind the streams.
        assertThat(p95).as("the home page's p95 while 2,000 streams opened and were abandoned")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.ofNanos(slowestPage.get())).as("the slowest home page meanwhile")
                .isLessThan(Duration.ofSeconds(10));
    }
}
