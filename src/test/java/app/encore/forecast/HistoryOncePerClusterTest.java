package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ClusterChannel;
import app.encore.fan.FanId;
import app.encore.support.TestShows;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Only the node that leads writes the odds history, for changes made on it and on other nodes, so a
 * change is recorded once however many nodes there are; every node still tells its open screens and
 * the other nodes.
 */
@ExtendWith(TestShows.class)
@SpringBootTest
class HistoryOncePerClusterTest {

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** A channel that leads or not as the test says, and remembers what was sent and who listens. */
    static final class Node implements ClusterChannel {
        final boolean leads;
        final List<String> sent = new ArrayList<>();
        final List<Consumer<String>> receivers = new ArrayList<>();

        Node(boolean leads) {
            this.leads = leads;
        }

        @Override
        public void send(String topic, String payload) {
            sent.add(topic + ":" + payload);
        }

        @Override
        public Registration listen(String topic, Consumer<String> receiver) {
            receivers.add(receiver);
            return () -> receivers.remove(receiver);
        }

        @Override
        public Registration onResync(Runnable resync) {
            return () -> {
            };
        }

        @Override
        public boolean leads() {
            return leads;
        }
    }

    @Test
    void a_node_that_does_not_lead_shows_and_tells_a_vote_but_writes_no_history() {
        TestShows.Created show = TestShows.open(jdbc);
        var node = new Node(false);
        var feed = new LocalCrowdOddsFeed(crowd, new CrowdOddsRecorder(jdbc, Duration.ofSeconds(10)), clock, node);
        List<CrowdOdds> shown = new ArrayList<>();
        feed.subscribe(show.id(), shown::add);

        vote(feed, show, 70);

        assertThat(shown).singleElement().satisfies(odds -> assertThat(odds.median()).isEqualTo(70));
        assertThat(node.sent).containsExactly("forecast:" + show.id());
        assertThat(points(show)).isZero();
    }

    @Test
    void the_leading_node_writes_the_history_of_its_own_votes_and_of_votes_elsewhere() {
        TestShows.Created own = TestShows.open(jdbc);
        TestShows.Created elsewhere = TestShows.open(jdbc);
        var node = new Node(true);
        var feed = new LocalCrowdOddsFeed(crowd, new CrowdOddsRecorder(jdbc, Duration.ofSeconds(10)), clock, node);

        vote(feed, own, 70);
        crowd.on(new ForecastMade(elsewhere.id(), FanId.random(), 20, clock.instant()));
        jdbc.sql("INSERT INTO forecast (show_id, fan_id, probability, first_made_at, updated_at, version)"
                        + " VALUES (:show, :fan, 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                .param("show", elsewhere.id()).param("fan", java.util.UUID.randomUUID()).update();
        node.receivers.forEach(receiver -> receiver.accept(Long.toString(elsewhere.id())));
        feed.publishChanges();

        assertThat(points(own)).isEqualTo(1);
        assertThat(points(elsewhere)).as("heard from another node, recorded here").isEqualTo(1);
    }

    private void vote(LocalCrowdOddsFeed feed, TestShows.Created show, int percent) {
        var made = new ForecastMade(show.id(), FanId.random(), percent, clock.instant());
        crowd.on(made);
        feed.on(made);
        feed.publishChanges();
    }

    private int points(TestShows.Created show) {
        return jdbc.sql("SELECT COUNT(*) FROM crowd_odds_point WHERE show_id = :show").param("show", show.id())
                .query(Integer.class).single();
    }
}
