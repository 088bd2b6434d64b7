package app.encore.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.RateLimitBuckets.Limit;
import app.encore.support.OnPostgres;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rate limits' buckets on PostgreSQL: shared by every node, written lazily, and swept once full again. */
@OnPostgres
@SpringBootTest
class RateLimitBucketsOnPostgresTest {

    @Autowired
    RateLimitBuckets buckets;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_key_s_first_token_on_a_node_is_taken_there_alone_and_written_with_its_second() {
        assertThat(buckets).isInstanceOf(PostgresRateLimitBuckets.class);
        String key = "test:" + UUID.randomUUID();
        Limit votes = Limit.perMinute(30);

        assertThat(buckets.tryTake(key, votes)).isTrue();
        assertThat(rows(key)).as("a first vote costs no round trip").isZero();
        assertThat(buckets.tryTake(key, votes)).isTrue();
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void a_small_limit_is_written_from_its_first_token() {
        String key = "test:" + UUID.randomUUID();
        assertThat(buckets.tryTake(key, Limit.perHour(5))).isTrue();
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void a_second_node_gains_one_vote_at_most_from_a_bucket_the_first_emptied() {
        var other = new PostgresRateLimitBuckets(dataSource, new ClusterChannel.SingleNode());
        String key = "test:" + UUID.randomUUID();
        Limit votes = Limit.perMinute(30);

        assertThat(taken(buckets, key, votes, 35)).isEqualTo(30);
        assertThat(taken(other, key, votes, 5)).as("its own first token, then the shared bucket says no").isEqualTo(1);
        assertThat(taken(buckets, key, votes, 5)).as("and the first node sees what the second took").isZero();
    }

    @Test
    void a_second_node_gains_nothing_from_a_small_limit_the_first_emptied() {
        var other = new PostgresRateLimitBuckets(dataSource, new ClusterChannel.SingleNode());
        String key = "test:" + UUID.randomUUID();
        Limit five = Limit.perHour(5);

        assertThat(taken(buckets, key, five, 7)).isEqualTo(5);
        assertThat(taken(other, key, five, 3)).isZero();
    }

    @Test
    void a_token_given_back_can_be_taken_again() {
        String key = "test:" + UUID.randomUUID();
        Limit twenty = new Limit(20, Duration.ofHours(20));
        assertThat(taken(buckets, key, twenty, 20)).isEqualTo(20);
        assertThat(buckets.tryTake(key, twenty)).isFalse();
        buckets.giveBack(key, twenty);
        assertThat(buckets.tryTake(key, twenty)).isTrue();
        assertThat(buckets.tryTake(key, twenty)).isFalse();
    }

    @Test
    void the_leading_node_deletes_buckets_that_are_full_again_and_keeps_the_others() throws Exception {
        var leader = new PostgresRateLimitBuckets(dataSource, new ClusterChannel.SingleNode());
        String refilled = "test:" + UUID.randomUUID();
        String draining = "test:" + UUID.randomUUID();
        assertThat(taken(leader, refilled, new Limit(2, Duration.ofMillis(300)), 2)).isEqualTo(2);
        assertThat(taken(leader, draining, Limit.perHour(2), 2)).isEqualTo(2);
        assertThat(rows(refilled) + rows(draining)).isEqualTo(2);
        Thread.sleep(500);

        leader.removeFullBuckets();

        assertThat(rows(refilled)).as("full again after 300 ms: nothing to remember").isZero();
        assertThat(rows(draining)).as("still empty for an hour").isEqualTo(1);
    }

    @Test
    void a_node_that_does_not_lead_leaves_the_sweeping_to_the_leader() throws Exception {
        var notLeading = new PostgresRateLimitBuckets(dataSource, new FollowerChannel());
        String refilled = "test:" + UUID.randomUUID();
        assertThat(taken(notLeading, refilled, new Limit(2, Duration.ofMillis(300)), 2)).isEqualTo(2);
        Thread.sleep(500);

        notLeading.removeFullBuckets();

        assertThat(rows(refilled)).isEqualTo(1);
    }

    private static int taken(RateLimitBuckets node, String key, Limit limit, int tries) {
        int taken = 0;
        for (int i = 0; i < tries; i++) {
            if (node.tryTake(key, limit)) {
                taken++;
            }
        }
        return taken;
    }

    private int rows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = :id").param("id", key)
                .query(Integer.class).single();
    }

    private static final class FollowerChannel implements ClusterChannel {
        @Override
        public void send(String topic, String payload) {
        }

        @Override
        public com.vaadin.flow.shared.Registration listen(String topic, java.util.function.Consumer<String> receiver) {
            return () -> {
            };
        }

        @Override
        public com.vaadin.flow.shared.Registration onResync(Runnable resync) {
            return () -> {
            };
        }

        @Override
        public boolean leads() {
            return false;
        }
    }
}
