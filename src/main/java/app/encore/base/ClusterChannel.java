package app.encore.base;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Messages between the Encore nodes that share one database, so that a change on one node reaches
 * the open screens on every other. Messages carry ids only; receivers reload what changed from the
 * database. A node never hears its own messages.
 * <p>
 * On H2 there is one node and nothing to tell ({@link SingleNode}). On PostgreSQL the messages
 * travel by {@code LISTEN/NOTIFY} ({@link PostgresClusterChannel}). Notifications sent while a
 * listener is disconnected are lost, so after every (re)connect the channel runs the
 * {@link #onResync resync} callbacks, which reload whatever open screens show, before it hands on
 * any new message.
 */
public interface ClusterChannel {

    /**
     * Sends to every other node: when the current transaction commits (and never if it rolls back),
     * or at once outside a transaction.
     *
     * @param topic what changed, e.g. {@code forecast}
     * @param payload an id, as text; no tabs
     */
    void send(String topic, String payload);

    /** Hears the other nodes' messages on a topic, on the channel's own thread. */
    Registration listen(String topic, Consumer<String> receiver);

    /** Runs after the channel has (re)connected, before the messages that follow. */
    Registration onResync(Runnable resync);

    /**
     * Whether this node does the cluster's periodic work now, such as writing the odds history: one
     * node at a time does. A node leads while its listener connection holds a PostgreSQL advisory
     * lock; when that node dies or loses its connection, the lock is freed and another node takes
     * it within a heartbeat.
     */
    boolean leads();

    /** One node, nothing to send or hear: the embedded H2 database. */
    final class SingleNode implements ClusterChannel {

        @Override
        public boolean leads() {
            return true;
        }

        @Override
        public void send(String topic, String payload) {
        }

        @Override
        public Registration listen(String topic, Consumer<String> receiver) {
            return () -> {
            };
        }

        @Override
        public Registration onResync(Runnable resync) {
            return () -> {
            };
        }
    }
}
