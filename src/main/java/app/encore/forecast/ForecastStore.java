package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Instant;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a forecast and appends it to the history, durably: {@link #save} returns once the forecast
 * has committed, and a commit reaches the database file before it counts as done (see H2Durability).
 * <p>
 * Writing a commit to the file is what a vote costs most, so votes are committed in groups: one
 * writer takes every vote that is waiting, saves them all in one transaction, commits once, and then
 * releases each caller. A quiet moment makes a group of one (no added wait); a busy one makes larger
 * groups, so the file is written once per group, not once per vote. If a group fails, as when a vote
 * loses a race with the same fan on another node, each of its votes is saved again on its own, so
 * only the loser sees the failure.
 */
@Component
class ForecastStore implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ForecastStore.class);
    /** Enough to share one commit among many votes, few enough to keep each transaction short. */
    static final int MAX_GROUP = 200;

    /**
     * One vote to save. {@code cohort} is the fan's ({@link FanOrigins}), kept on their forecast so the
     * crowd odds load without a join; {@code firstVote} says the fan never voted before, so their
     * cohort is recorded too, in the same commit.
     */
    private record Vote(long showId, FanId fan, int probability, Instant at, @Nullable String cohort, boolean firstVote,
            CompletableFuture<Void> saved) {
    }

    private final NamedParameterJdbcOperations jdbc;
    private final ForecastHistory history;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Vote> waiting = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean running;
    private final AtomicLong commits = new AtomicLong();

    ForecastStore(NamedParameterJdbcOperations jdbc, ForecastHistory history, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.history = history;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every forecast the fan made, oldest first. */
    List<MyForecast> history(FanId fan) {
        return history.of(fan);
    }

    /**
     * Saves the fan's forecast once it has committed.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException or
     *     {@link org.springframework.dao.OptimisticLockingFailureException} when the same fan's forecast
     *     was saved elsewhere at the same moment (the caller tries again)
     */
    void save(long showId, FanId fan, int probability, Instant now, @Nullable String cohort, boolean firstVote) {
        var vote = new Vote(showId, fan, probability, now, cohort, firstVote, new CompletableFuture<>());
        if (writer == null) {
            // Not running (starting or stopping): save on the caller's thread.
            transaction.executeWithoutResult(status -> write(List.of(vote)));
            return;
        }
        waiting.add(vote);
        try {
            vote.saved().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /**
     * Saves a group of votes in the current transaction, with one statement of each kind for the
     * whole group: read the fans' current forecasts, insert the first ones, update the changed ones
     * (each checked against the version it was read at, as Spring Data JDBC does for one aggregate),
     * and append every vote to the history. The aggregate decides what changes; plain batched SQL
     * saves it, because Spring Data JDBC saves one aggregate per statement and a vote is the hot path.
     *
     * @throws OptimisticLockingFailureException if a forecast changed since it was read
     */
    private void write(List<Vote> votes) {
        Map<ForecastKey, Forecast> current = current(votes);
        Map<ForecastKey, Integer> readAtVersion = new HashMap<>();
        current.forEach((key, forecast) -> readAtVersion.put(key, forecast.version()));
        Set<ForecastKey> added = new LinkedHashSet<>();
        Set<ForecastKey> changed = new LinkedHashSet<>();
        for (Vote vote : votes) {
            var key = new ForecastKey(vote.showId(), vote.fan().value());
            Forecast forecast = current.get(key);
            if (forecast == null) {
                current.put(key, Forecast.first(vote.showId(), vote.fan(), vote.probability(), vote.at()));
                added.add(key);
            } else {
                forecast.change(vote.probability(), vote.at());
                if (!added.contains(key)) {
                    changed.add(key);
                }
            }
        }
        if (!added.isEmpty()) {
            Map<ForecastKey, String> cohorts = new HashMap<>();
            votes.forEach(vote -> cohorts.put(new ForecastKey(vote.showId(), vote.fan().value()), vote.cohort()));
            jdbc.batchUpdate("INSERT INTO forecast (show_id, fan_id, probability, first_made_at, updated_at, version,"
                    + " cohort) VALUES (:show, :fan, :probability, :first, :updated, 0, :cohort)", added.stream()
                    .map(key -> parameters(current.get(key)).addValue("cohort", cohorts.get(key)))
                    .toArray(SqlParameterSource[]::new));
        }
        recordFirstVotes(votes);
        if (!changed.isEmpty()) {
            int[] updated = jdbc.batchUpdate("UPDATE forecast SET probability = :probability, updated_at = :updated,"
                    + " version = version + 1 WHERE show_id = :show AND fan_id = :fan AND version = :version",
                    changed.stream()
                            .map(key -> parameters(current.get(key)).addValue("version", readAtVersion.get(key)))
                            .toArray(SqlParameterSource[]::new));
            for (int rows : updated) {
                if (rows != 1 && rows != java.sql.Statement.SUCCESS_NO_INFO) {
                    throw new OptimisticLockingFailureException("A forecast changed since it was read");
                }
            }
        }
        history.append(votes.stream()
                .map(vote -> new ForecastHistory.Entry(vote.showId(), vote.fan(), vote.probability(), vote.at()))
                .toList());
    }

    /**
     * Records the cohort of each fan in the group who votes for the first time, unless a vote of
     * theirs saved elsewhere (another tab, another node) recorded it first: then the unique key
     * refuses this group, and its votes are saved again one by one, when this finds the row.
     */
    private void recordFirstVotes(List<Vote> votes) {
        Map<UUID, Vote> firsts = new java.util.LinkedHashMap<>();
        votes.stream().filter(Vote::firstVote).forEach(vote -> firsts.putIfAbsent(vote.fan().value(), vote));
        if (firsts.isEmpty()) {
            return;
        }
        jdbc.query("SELECT fan_id FROM fan_origin WHERE fan_id IN (:fans)", Map.of("fans", firsts.keySet()),
                row -> {
                    firsts.remove(row.getObject("fan_id", UUID.class));
                });
        jdbc.batchUpdate("INSERT INTO fan_origin (fan_id, cohort, first_vote_at) VALUES (:fan, :cohort, :at)",
                firsts.values().stream().map(vote -> new MapSqlParameterSource()
                                .addValue("fan", vote.fan().value())
                                .addValue("cohort", vote.cohort())
                                .addValue("at", vote.at().atOffset(ZoneOffset.UTC)))
                        .toArray(SqlParameterSource[]::new));
    }

    /** The current forecasts of the group's fans for the group's shows, read by the unique key. */
    private Map<ForecastKey, Forecast> current(List<Vote> votes) {
        List<ForecastKey> keys = votes.stream().map(vote -> new ForecastKey(vote.showId(), vote.fan().value()))
                .distinct().toList();
        var pairs = new StringBuilder();
        var parameters = new MapSqlParameterSource();
        for (int i = 0; i < keys.size(); i++) {
            pairs.append(i == 0 ? "" : ", ").append("(:show").append(i).append(", :fan").append(i).append(')');
            parameters.addValue("show" + i, keys.get(i).showId()).addValue("fan" + i, keys.get(i).fanId());
        }
        Map<ForecastKey, Forecast> current = new HashMap<>();
        jdbc.query("SELECT id, version, show_id, fan_id, probability, first_made_at, updated_at FROM forecast"
                + " WHERE (show_id, fan_id) IN (" + pairs + ")", parameters, row -> {
                    var forecast = new Forecast(row.getLong("id"), row.getInt("version"),
                            AggregateReference.to(row.getLong("show_id")), row.getObject("fan_id", UUID.class),
                            row.getInt("probability"),
                            row.getObject("first_made_at", OffsetDateTime.class).toInstant(),
                            row.getObject("updated_at", OffsetDateTime.class).toInstant());
                    current.put(new ForecastKey(forecast.showId(), forecast.fanId()), forecast);
                });
        return current;
    }

    private static MapSqlParameterSource parameters(Forecast forecast) {
        return new MapSqlParameterSource()
                .addValue("show", forecast.showId())
                .addValue("fan", forecast.fanId())
                .addValue("probability", forecast.probability())
                .addValue("first", forecast.firstMadeAt().atOffset(ZoneOffset.UTC))
                .addValue("updated", forecast.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private record ForecastKey(long showId, UUID fanId) {
    }

    /** Never interrupted while writing: H2 closes its file when a thread using it is interrupted. */
    private void writeGroups() {
        List<Vote> group = new ArrayList<>();
        while (running) {
            try {
                Vote first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
            } catch (InterruptedException unexpected) {
                Thread.currentThread().interrupt();
                break;
            }
            waiting.drainTo(group, MAX_GROUP - 1);
            try {
                transaction.executeWithoutResult(status -> write(group));
                commits.incrementAndGet();
                group.forEach(vote -> vote.saved().complete(null));
            } catch (RuntimeException groupFailed) {
                group.forEach(this::writeAlone);
            }
            group.clear();
        }
        failWaiting();
    }

    private void writeAlone(Vote vote) {
        try {
            transaction.executeWithoutResult(status -> write(List.of(vote)));
            commits.incrementAndGet();
            vote.saved().complete(null);
        } catch (RuntimeException failed) {
            vote.saved().completeExceptionally(failed);
        }
    }

    private void failWaiting() {
        for (Vote vote = waiting.poll(); vote != null; vote = waiting.poll()) {
            vote.saved().completeExceptionally(new IllegalStateException("Encore is shutting down"));
        }
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("forecast-writer").daemon().start(() -> {
            try {
                writeGroups();
            } catch (RuntimeException | Error unexpected) {
                log.error("The forecast writer stopped", unexpected);
                writer = null;
                failWaiting();
                throw unexpected;
            }
        });
    }

    @Override
    public void stop() {
        Thread stopping = writer;
        writer = null;
        running = false;
        if (stopping != null) {
            try {
                stopping.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        failWaiting();
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** How many transactions the writer has committed, for tests of grouping. */
    long commits() {
        return commits.get();
    }
}
