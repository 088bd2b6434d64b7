package app.encore.kiosk.ui;

import app.encore.EncoreApplication;
import app.encore.fan.FanId;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.CrowdOddsService;
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
 * How long a vote saved on one node takes to reach the kiosks on the others ({@code bench/cluster.sh}):
 * two, then three whole Encore nodes on one PostgreSQL database (this context and more), 20 shows,
 * 100 kiosks spread over the nodes, 200 votes one after another; per vote and kiosk on another node,
 * the time from the save returning to that node's crowd-odds feed handing the show's new odds (with
 * the new forecaster) to the kiosk's listener, which is what an open kiosk on it is. Prints p50, p95
 * and max, then votes saved per second with 1, 2 and 3 nodes; asserts nothing.
 */
@OnPostgres
@ExtendWith(TestShows.class)
@SpringBootTest
class ClusterLatencyBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    ConfigurableApplicationContext nodeA;

    @Test
    void print_how_long_a_vote_on_one_node_takes_to_reach_kiosks_on_the_others() throws Exception {
        Map<String, Object> properties = new HashMap<>(Postgres.properties());
        properties.put("server.port", "0");
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        List<TestShows.Created> shows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            shows.add(TestShows.open(jdbc));
        }
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(EncoreApplication.class).run(arguments)) {
            System.out.println("BENCH " + latency(List.of(nodeA, nodeB), shows));
            try (ConfigurableApplicationContext nodeC = new SpringApplicationBuilder(EncoreApplication.class)
                    .run(arguments)) {
                System.out.println("BENCH " + latency(List.of(nodeA, nodeB, nodeC), shows));

                String commit = jdbc.sql("SHOW synchronous_commit").query(String.class).single();
                System.out.printf("BENCH votes saved per second on PostgreSQL (synchronous_commit=%s), 8 threads per"
                        + " node, every vote a new fan from a new address (rate limits shared in PostgreSQL):%n", commit);
                System.out.printf("BENCH   1 node : %,6.0f votes/s%n", votesPerSecond(List.of(forecasting), shows));
                System.out.printf("BENCH   2 nodes: %,6.0f votes/s%n",
                        votesPerSecond(List.of(forecasting, nodeB.getBean(Forecasting.class)), shows));
                System.out.printf("BENCH   3 nodes: %,6.0f votes/s%n", votesPerSecond(List.of(forecasting,
                        nodeB.getBean(Forecasting.class), nodeC.getBean(Forecasting.class)), shows));
            }
        }
    }

    /**
     * 100 kiosks spread evenly over the nodes, each watching one of the shows (as a kiosk's crowd-odds
     * listener); 200 votes, each on a node in turn, one after another. For every vote and every kiosk on
     * another node that watches its show: the time from the save returning to that kiosk being handed
     * the new odds.
     */
    private String latency(List<ConfigurableApplicationContext> nodes, List<TestShows.Created> shows) throws Exception {
        record Kiosk(int node, long show) {
        }
        List<Kiosk> kiosks = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            kiosks.add(new Kiosk((k / shows.size()) % nodes.size(), shows.get(k % shows.size()).id()));
        }
        Map<Long, Integer> forecasters = new HashMap<>();
        shows.forEach(show -> forecasters.put(show.id(), crowd.odds(show.id()).forecasters()));
        List<Long> millis = new ArrayList<>();
        for (int vote = 0; vote < 200; vote++) {
            int on = vote % nodes.size();
            TestShows.Created show = shows.get(vote % shows.size());
            int expected = forecasters.merge(show.id(), 1, Integer::sum);
            List<CompletableFuture<Long>> arrivals = new ArrayList<>();
            List<Registration> listening = new ArrayList<>();
            for (Kiosk kiosk : kiosks) {
                if (kiosk.show() == show.id() && kiosk.node() != on) {
                    var arrived = new CompletableFuture<Long>();
                    arrivals.add(arrived);
                    listening.add(nodes.get(kiosk.node()).getBean(CrowdOddsFeed.class).subscribe(show.id(),
                            (CrowdOdds odds) -> {
                                if (odds.forecasters() >= expected) {
                                    arrived.complete(System.nanoTime());
                                }
                            }));
                }
            }
            nodes.get(on).getBean(Forecasting.class).forecast(FanId.random(), "bench-" + vote, show.id(), vote % 101);
            long saved = System.nanoTime();
            for (CompletableFuture<Long> arrived : arrivals) {
                millis.add((arrived.get(10, TimeUnit.SECONDS) - saved) / 1_000_000);
            }
            listening.forEach(Registration::remove);
        }
        Collections.sort(millis);
        return String.format("vote on one node -> kiosks on the other nodes, %d nodes on PostgreSQL, 100 kiosks,"
                        + " %d votes on %d shows, %d arrivals: p50 %d ms, p95 %d ms, max %d ms", nodes.size(), 200,
                shows.size(), millis.size(), millis.get(millis.size() / 2), millis.get(millis.size() * 95 / 100),
                millis.getLast());
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
