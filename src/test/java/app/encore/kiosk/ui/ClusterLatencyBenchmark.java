package app.encore.kiosk.ui;

import app.encore.EncoreApplication;
import app.encore.fan.FanId;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.Forecasting;
import app.encore.support.OnPostgres;
import app.encore.support.Postgres;
import app.encore.support.TestShows;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long a vote saved on node A takes to reach a listener on node B ({@code bench/cluster.sh}): two
 * whole Encore nodes on one PostgreSQL database (this context and a second one), 20 shows, 200 votes
 * on A one after another; per vote, the time from the save returning on A to B's crowd-odds feed
 * handing the show's new odds (with the new forecaster) to its listener, which is what an open kiosk
 * on B is. Prints p50, p95 and max; asserts nothing.
 */
@OnPostgres
@ExtendWith(TestShows.class)
@SpringBootTest
class ClusterLatencyBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Test
    void print_how_long_a_vote_on_node_a_takes_to_reach_node_b() throws Exception {
        Map<String, Object> properties = new HashMap<>(Postgres.properties());
        properties.put("server.port", "0");
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(EncoreApplication.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new))) {
            CrowdOddsFeed feedOnB = nodeB.getBean(CrowdOddsFeed.class);
            List<TestShows.Created> shows = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                shows.add(TestShows.open(jdbc));
            }
            Map<Long, Integer> forecasters = new HashMap<>();
            List<Long> millis = new ArrayList<>();
            for (int vote = 0; vote < 200; vote++) {
                TestShows.Created show = shows.get(vote % shows.size());
                int expected = forecasters.merge(show.id(), 1, Integer::sum);
                var arrived = new CompletableFuture<Long>();
                Registration listening = feedOnB.subscribe(show.id(), (CrowdOdds odds) -> {
                    if (odds.forecasters() >= expected) {
                        arrived.complete(System.nanoTime());
                    }
                });
                forecasting.forecast(FanId.random(), "bench-" + vote, show.id(), vote % 101);
                long saved = System.nanoTime();
                millis.add((arrived.get(10, TimeUnit.SECONDS) - saved) / 1_000_000);
                listening.remove();
            }
            Collections.sort(millis);
            System.out.printf("BENCH vote on node A -> listener on node B, 2 nodes on PostgreSQL, %d votes on %d shows:"
                            + " p50 %d ms, p95 %d ms, max %d ms%n", millis.size(), shows.size(),
                    millis.get(millis.size() / 2), millis.get(millis.size() * 95 / 100), millis.getLast());

            String commit = jdbc.sql("SHOW synchronous_commit").query(String.class).single();
            System.out.printf("BENCH votes saved per second on PostgreSQL (synchronous_commit=%s), 8 threads per node,"
                    + " every vote a new fan:%n", commit);
            System.out.printf("BENCH   1 node : %,6.0f votes/s%n", votesPerSecond(List.of(forecasting), shows));
            System.out.printf("BENCH   2 nodes: %,6.0f votes/s%n",
                    votesPerSecond(List.of(forecasting, nodeB.getBean(Forecasting.class)), shows));
            try (ConfigurableApplicationContext nodeC = new SpringApplicationBuilder(EncoreApplication.class)
                    .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new))) {
                System.out.printf("BENCH   3 nodes: %,6.0f votes/s%n", votesPerSecond(List.of(forecasting,
                        nodeB.getBean(Forecasting.class), nodeC.getBean(Forecasting.class)), shows));
            }
        }
    }

    /** Votes saved per second with 8 threads on each node for 10 s, after a 3 s warm-up. */
    private static double votesPerSecond(List<Forecasting> nodes, List<TestShows.Created> shows) throws Exception {
        for (int round = 0; round < 2; round++) {
            long seconds = round == 0 ? 3 : 10;
            var saved = new java.util.concurrent.atomic.AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> threads = new ArrayList<>();
            for (Forecasting node : nodes) {
                for (int t = 0; t < 8; t++) {
                    threads.add(Thread.ofPlatform().start(() -> {
                        var random = java.util.concurrent.ThreadLocalRandom.current();
                        while (System.nanoTime() < end) {
                            node.forecast(FanId.random(), "bench-" + random.nextLong(),
                                    shows.get(random.nextInt(shows.size())).id(), random.nextInt(101));
                            saved.incrementAndGet();
                        }
                    }));
                }
            }
            for (Thread thread : threads) {
                thread.join();
            }
            if (round == 1) {
                return saved.get() / (double) seconds;
            }
        }
        throw new IllegalStateException();
    }
}
