package app.encore.base;

import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cluster channel over PostgreSQL's {@code LISTEN/NOTIFY}, with pgjdbc directly: the database
 * every node already uses, no broker to run. (Spring Integration's {@code PostgresSubscribableChannel}
 * was the alternative; its subscriber is a competing consumer, and Encore needs every node to hear
 * every message.)
 * <p>
 * Sending is {@code SELECT pg_notify(...)} on the caller's connection, so PostgreSQL delivers it when
 * the caller's transaction commits. Listening uses one dedicated connection outside the pool, read by
 * a virtual thread:
 * <ul>
 * <li>it waits for notifications at most {@code heartbeat} at a time, then checks the connection
 * with a query, so a connection that died silently is noticed within a heartbeat (plus the socket
 * timeout), the trap of Spring Integration issue #9061;</li>
 * <li>on any failure it reconnects with backoff (0.1 s doubling to 5 s);</li>
 * <li>after every connect it issues {@code LISTEN} first, then runs the resync callbacks, then hands
 * on messages: whatever happened while it was away is reloaded, and nothing after the {@code LISTEN}
 * is missed.</li>
 * </ul>
 */
public final class PostgresClusterChannel implements ClusterChannel, AutoCloseable {

    static final String CHANNEL = "encore_events";
    /** The advisory lock whose holder leads the cluster's periodic work ("encore" in ASCII). */
    static final long LEADER_LOCK = 0x656e636f7265L;
    private static final Logger log = LoggerFactory.getLogger(PostgresClusterChannel.class);

    private final JdbcClient jdbc;
    private final String url;
    private final Properties connectionProperties = new Properties();
    private final Duration heartbeat;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Set<Consumer<String>>> receivers = new ConcurrentHashMap<>();
    private final List<Runnable> resyncs = new CopyOnWriteArrayList<>();
    private final AtomicInteger connects = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean leads;
    private volatile Connection connection;
    private Thread listener;

    private final long leaderLock;

    public PostgresClusterChannel(JdbcClient jdbc, String url, String user, String password, Duration heartbeat) {
        this(jdbc, url, user, password, heartbeat, LEADER_LOCK);
    }

    /** With a leader's lock of its own: for tests of leadership beside other nodes on the same database. */
    PostgresClusterChannel(JdbcClient jdbc, String url, String user, String password, Duration heartbeat,
            long leaderLock) {
        this.leaderLock = leaderLock;
        this.jdbc = jdbc;
        this.url = url;
        this.heartbeat = heartbeat;
        connectionProperties.setProperty("user", user == null ? "" : user);
        connectionProperties.setProperty("password", password == null ? "" : password);
        connectionProperties.setProperty("socketTimeout", Long.toString(Math.max(10, heartbeat.toSeconds() * 3)));
        connectionProperties.setProperty("tcpKeepAlive", "true");
        connectionProperties.setProperty("ApplicationName", "encore-listener-" + node);
    }

    @Override
    public void send(String topic, String payload) {
        jdbc.sql("SELECT pg_notify(:channel, :message)").param("channel", CHANNEL)
                .param("message", topic + "\t" + node + "\t" + payload).query((rs, n) -> 1).list();
    }

    @Override
    public Registration listen(String topic, Consumer<String> receiver) {
        receivers.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(receiver);
        return () -> receivers.getOrDefault(topic, Set.of()).remove(receiver);
    }

    @Override
    public Registration onResync(Runnable resync) {
        resyncs.add(resync);
        return () -> resyncs.remove(resync);
    }

    /** This node's name in messages, and in its listener connection's {@code application_name}. */
    public String node() {
        return node;
    }

    @Override
    public boolean leads() {
        return leads;
    }

    /** How many times the listener has connected: 1 after the start, more after reconnects. */
    public int connects() {
        return connects.get();
    }

    /** Starts listening, on a virtual thread of its own. */
    public void start() {
        running = true;
        listener = Thread.ofVirtual().name("encore-cluster-listener").start(this::listen);
    }

    /** Stops listening and closes the connection; Spring calls it when the node shuts down. */
    @Override
    public void close() {
        running = false;
        leads = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // Closing anyway.
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection open = DriverManager.getConnection(url, connectionProperties)) {
                connection = open;
                try (Statement statement = open.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                connects.incrementAndGet();
                backoff = 100;
                tryToLead(open);
                resyncs.forEach(PostgresClusterChannel::runSafely);
                PGConnection notifications = open.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications((int) heartbeat.toMillis());
                    if (arrived == null || arrived.length == 0) {
                        // The heartbeat: a query that fails on a dead connection, and a bid to lead.
                        tryToLead(open);
                        continue;
                    }
                    for (PGNotification notification : arrived) {
                        dispatch(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                leads = false;
                if (!running) {
                    return;
                }
                log.warn("The cluster listener lost its connection ({}); reconnecting in {} ms", lost.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(5_000, backoff * 2);
            }
        }
    }

    /** Takes the leader's lock if it is free; a session lock, held until this connection closes. */
    private void tryToLead(Connection open) throws SQLException {
        if (leads) {
            try (Statement statement = open.createStatement()) {
                statement.execute("SELECT 1");
            }
            return;
        }
        try (Statement statement = open.createStatement();
                var result = statement.executeQuery("SELECT pg_try_advisory_lock(" + leaderLock + ")")) {
            leads = result.next() && result.getBoolean(1);
        }
    }

    private void dispatch(String message) {
        String[] parts = message.split("\t", 3);
        if (parts.length != 3 || parts[1].equals(node)) {
            return;
        }
        for (Consumer<String> receiver : receivers.getOrDefault(parts[0], Set.of())) {
            runSafely(() -> receiver.accept(parts[2]));
        }
    }

    private static void runSafely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("A cluster message receiver failed", e);
        }
    }
}
