package app.encore.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Buckets every node shares, in the {@code rate_limit_bucket} table (Bucket4j's PostgreSQL backend,
 * {@code SELECT ... FOR UPDATE}; the table is unlogged, so these commits wait for no disk).
 * <p>
 * Two things keep the database off most votes' path, each bounded:
 * <ul>
 * <li>Under a limit of 20 or more (the vote limits), a key's first token on a node is taken on the
 * node alone and written with its second. Most fans vote once and most addresses are new, so a first
 * vote costs no round trip. A key that never comes back within its limit's period owes nothing by
 * then: its bucket would be full again. Smaller limits (rumors, reports) are written from the first.</li>
 * <li>After that, a node may take up to a twentieth of the limit (at least one token) on its own for
 * up to a second before writing them (Bucket4j's delaying optimization).</li>
 * </ul>
 * So switching nodes gains a fan or an address at most one vote plus that twentieth per node. A
 * bucket is deleted once it would be full again; the leading node sweeps them every minute.
 */
final class PostgresRateLimitBuckets implements RateLimitBuckets {

    private static final Logger log = LoggerFactory.getLogger(PostgresRateLimitBuckets.class);
    static final Duration MAX_UNSYNCHRONIZED = Duration.ofSeconds(1);
    /** Limits this generous (the vote limits) write a key's first token with its second. */
    static final long LAZY_FROM = 20;

    /** A key on this node: its shared bucket, and whether its first token is still to be written. */
    private static final class Entry {
        final Bucket shared;
        final Limit limit;
        boolean used;
        long owed;

        Entry(Bucket shared, Limit limit) {
            this.shared = shared;
            this.limit = limit;
        }
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ClusterChannel cluster;
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumSize(2_000_000)
            .expireAfter(Expiry.accessing((String key, Entry entry) -> entry.limit.period()))
            .build();

    PostgresRateLimitBuckets(DataSource dataSource, ClusterChannel cluster) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.cluster = cluster;
    }

    @Override
    public boolean tryTake(String key, Limit limit) {
        Entry entry = entries.get(key, k -> new Entry(buckets.builder()
                .withOptimization(Optimizations.delaying(
                        new DelayParameters(Math.max(1, limit.tokens() / 20), MAX_UNSYNCHRONIZED)))
                .build(k, limit::configuration), limit));
        synchronized (entry) {
            if (!entry.used && limit.tokens() >= LAZY_FROM) {
                entry.used = true;
                entry.owed = 1;
                return true;
            }
            entry.used = true;
            if (entry.shared.tryConsume(entry.owed + 1)) {
                entry.owed = 0;
                return true;
            }
            if (entry.owed > 0) {
                entry.shared.consumeIgnoringRateLimits(entry.owed);
                entry.owed = 0;
            }
            return false;
        }
    }

    @Override
    public void giveBack(String key, Limit limit) {
        Entry entry = entries.getIfPresent(key);
        if (entry == null) {
            return;
        }
        synchronized (entry) {
            if (entry.owed > 0) {
                entry.owed--;
            } else {
                entry.shared.addTokens(1);
            }
        }
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        if (!cluster.leads()) {
            return;
        }
        int removed;
        int total = 0;
        do {
            removed = buckets.removeExpired(1_000);
            total += removed;
        } while (removed == 1_000);
        if (total > 0) {
            log.debug("Removed {} rate-limit buckets that were full again", total);
        }
    }
}
