package app.encore.forecast;

import app.encore.fan.FanId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Voting benchmark ({@code ./mvnw -Pbench test}, or {@code bench/voting.sh}). Prints: votes saved
 * per second through {@link Forecasting} on an H2 file database, the time to compute a show's
 * crowd odds with 100,000 forecasters, and the time to render a show page (the full HTTP response,
 * with the view rendered on the server) for 100,000 and for 10 forecasters. It asserts nothing:
 * the figures are for the issue note and for spotting regressions.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/encore",
        "encore.forecast.changes-per-fan-per-minute=1000000",
        "encore.forecast.changes-per-address-per-minute=1000000000",
        "encore.forecast.new-fans-per-address-per-hour=1000000000",
        "logging.level.root=warn"})
class VotingBenchmark {

    static final int THREADS = Integer.getInteger("bench.threads", 4);
    static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    static final int FORECASTERS = 100_000;

    static {
        FileSystemUtils.deleteRecursively(Path.of("target", "bench").toFile());
    }

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcOperations jdbcOperations;

    @LocalServerPort
    int port;

    private final List<String> report = new ArrayList<>();

    @Test
    void voting_benchmark() throws Exception {
        say("Encore voting benchmark — %d cores, %s, %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        votesPerSecond();
        crowdOddsWithManyForecasters();
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "voting.txt"), report);
    }

    private void votesPerSecond() throws InterruptedException {
        List<Long> shows = jdbc.sql("SELECT id FROM shows WHERE official_status = 'UNANNOUNCED'").query(Long.class).list();
        // Warm up: JIT, connection pool, the shows' in-memory crowds.
        runVotes(shows, 3);
        LongAdder votes = runVotes(shows, SECONDS);
        double perSecond = votes.sum() / (double) SECONDS;
        say("votes saved per second (service, H2 file, %d threads, %d s): %.0f   [goal >= 3,000]", THREADS, SECONDS,
                perSecond);
    }

    private LongAdder runVotes(List<Long> shows, int seconds) throws InterruptedException {
        LongAdder votes = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.submit(() -> {
                int i = 0;
                // A new fan every third vote; the others change their mind, as real crowds do.
                FanId fan = FanId.random();
                while (running.get()) {
                    if (i % 3 == 0) {
                        fan = FanId.random();
                    }
                    forecasting.forecast(fan, "10.0." + thread + "." + (i % 250), shows.get(i % shows.size()), i % 101);
                    votes.increment();
                    i++;
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return votes;
    }

    private void crowdOddsWithManyForecasters() throws IOException, InterruptedException {
        long big = newShow("bench-many");
        long small = newShow("bench-few");
        insertForecasts(big, FORECASTERS);
        insertForecasts(small, 10);
        crowd.forgetAll();

        long loadStart = System.nanoTime();
        CrowdOdds odds = crowd.odds(big);
        say("first read of a show with %,d forecasters (loads them into memory): %.1f ms -> %s", FORECASTERS,
                (System.nanoTime() - loadStart) / 1e6, odds);

        // Every vote marks the show's odds stale; the next read recomputes them from all forecasters.
        var state = new CrowdState();
        List<Integer> probabilities = jdbc.sql("SELECT probability FROM forecast WHERE show_id = :id ORDER BY updated_at, id")
                .param("id", big).query(Integer.class).list();
        for (int i = 0; i < probabilities.size(); i++) {
            state.put(new UUID(0, i), probabilities.get(i));
        }
        double[] computeMs = new double[500];
        for (int round = 0; round < 2_000 + computeMs.length; round++) {
            state.put(new UUID(0, round % FORECASTERS), round % 101);
            long start = System.nanoTime();
            state.odds();
            if (round >= 2_000) {
                computeMs[round - 2_000] = (System.nanoTime() - start) / 1e6;
            }
        }
        say("compute crowd odds, %,d forecasters, warm: median %.3f ms, p99 %.3f ms   [goal < 5 ms]", FORECASTERS,
                percentile(computeMs, 50), percentile(computeMs, 99));

        // The same with cohorts: every fan has one (their address's day), and one in five shares
        // theirs with 99 others, so the weights are not all whole.
        var withCohorts = new CrowdState();
        for (int i = 0; i < probabilities.size(); i++) {
            withCohorts.put(new UUID(0, i), probabilities.get(i), i % 5 == 0 ? "a:shared" + (i / 500) + ":d" : "a:" + i + ":d");
        }
        for (int round = 0; round < 2_000 + computeMs.length; round++) {
            int fan = round % FORECASTERS;
            withCohorts.put(new UUID(0, fan), round % 101, fan % 5 == 0 ? "a:shared" + (fan / 500) + ":d" : "a:" + fan + ":d");
            long start = System.nanoTime();
            withCohorts.odds();
            if (round >= 2_000) {
                computeMs[round - 2_000] = (System.nanoTime() - start) / 1e6;
            }
        }
        say("compute cohort-weighted crowd odds, %,d forecasters, warm: median %.3f ms, p99 %.3f ms   [goal < 5 ms]",
                FORECASTERS, percentile(computeMs, 50), percentile(computeMs, 99));

        renderTime("bench-many", FORECASTERS);
        renderTime("bench-few", 10);
    }

    private void renderTime(String slug, int forecasters) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + port + "/shows/" + slug);
        double[] ms = new double[200];
        for (int i = 0; i < 100 + ms.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("forecasters")) {
                throw new IllegalStateException("Show page did not render: " + response.statusCode());
            }
            if (i >= 100) {
                ms[i - 100] = (System.nanoTime() - start) / 1e6;
            }
        }
        say("render show page (HTTP GET, server-side render), %,d forecasters: median %.1f ms, p95 %.1f ms",
                forecasters, percentile(ms, 50), percentile(ms, 95));
    }

    private long newShow(String slug) {
        jdbc.sql("INSERT INTO shows (slug, title, official_status, created_at, version)"
                + " VALUES (:slug, :slug, 'UNANNOUNCED', CURRENT_TIMESTAMP, 0)").param("slug", slug).update();
        return jdbc.sql("SELECT id FROM shows WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private void insertForecasts(long show, int count) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var at = start.plusSeconds(i).atOffset(ZoneOffset.UTC);
            rows.add(new Object[] {show, UUID.randomUUID(), (int) (Math.abs(Math.sin(i)) * 100), at, at});
        }
        jdbcOperations.batchUpdate("INSERT INTO forecast (show_id, fan_id, probability, first_made_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 0)", rows);
    }


    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void say(String format, Object... args) {
        String line = String.format(format, args);
        report.add(line);
        System.out.println("BENCH " + line);
    }
}
