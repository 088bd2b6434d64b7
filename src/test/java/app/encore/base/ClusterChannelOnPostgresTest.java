package app.encore.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.OnPostgres;
import app.encore.support.Postgres;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two cluster channels on one PostgreSQL database, as two nodes have them: messages reach the other
 * node and not the sender, only when their transaction commits; exactly one leads, and when its
 * connection is cut the other takes over; a reconnected listener resyncs.
 */
@OnPostgres
@SpringBootTest
class ClusterChannelOnPostgresTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    PostgresClusterChannel first;
    PostgresClusterChannel second;

    @BeforeEach
    void startTwoNodes() throws Exception {
        long lock = System.nanoTime();
        first = channel(lock);
        second = channel(lock);
        await(() -> first.connects() > 0 && second.connects() > 0, 5);
    }

    @AfterEach
    void stopThem() {
        first.close();
        second.close();
    }

    private PostgresClusterChannel channel(long lock) {
        var properties = Postgres.properties();
        var channel = new PostgresClusterChannel(jdbc, (String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"), "", Duration.ofMillis(500), lock);
        channel.start();
        return channel;
    }

    @Test
    void a_message_reaches_the_other_node_and_not_the_sender_and_only_once_committed() throws Exception {
        List<String> heardByFirst = new CopyOnWriteArrayList<>();
        List<String> heardBySecond = new CopyOnWriteArrayList<>();
        first.listen("test", heardByFirst::add);
        second.listen("test", heardBySecond::add);

        transaction.executeWithoutResult(status -> {
            first.send("test", "rolled-back");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> first.send("test", "42"));

        await(() -> heardBySecond.contains("42"), 5);
        Thread.sleep(300);
        assertThat(heardBySecond).containsExactly("42");
        assertThat(heardByFirst).as("a node never hears itself").isEmpty();
    }

    @Test
    void exactly_one_node_leads_and_another_takes_over_when_the_leader_dies() throws Exception {
        await(() -> first.leads() ^ second.leads(), 5);
        PostgresClusterChannel leader = first.leads() ? first : second;
        PostgresClusterChannel follower = leader == first ? second : first;

        leader.close();

        await(follower::leads, 5);
    }

    @Test
    void a_listener_whose_connection_is_cut_reconnects_resyncs_and_one_node_still_leads() throws Exception {
        await(() -> first.leads() ^ second.leads(), 5);
        AtomicInteger resyncs = new AtomicInteger();
        first.onResync(resyncs::incrementAndGet);
        int connects = first.connects();
        List<String> heard = new CopyOnWriteArrayList<>();
        first.listen("test", heard::add);

        cut(first);

        await(() -> first.connects() > connects, 5);
        await(() -> resyncs.get() > 0, 5);
        await(() -> first.leads() ^ second.leads(), 5);
        second.send("test", "after");
        await(() -> heard.contains("after"), 5);
    }

    private void cut(PostgresClusterChannel channel) {
        int cut = jdbc.sql("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name")
                .param("name", "encore-listener-" + channel.node()).query(Integer.class).single();
        assertThat(cut).isEqualTo(1);
    }

    private static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(condition.getAsBoolean()).as("within " + seconds + " s").isTrue();
    }
}
