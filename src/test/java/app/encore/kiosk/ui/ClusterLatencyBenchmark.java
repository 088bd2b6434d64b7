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
        }
    }
}
