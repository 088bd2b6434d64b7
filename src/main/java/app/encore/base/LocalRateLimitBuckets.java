package app.encore.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;

/**
 * One node's buckets, in a bounded Caffeine map. A bucket left alone for its limit's period is full
 * again, so it is forgotten then and memory stays flat.
 */
final class LocalRateLimitBuckets implements RateLimitBuckets {

    private record Entry(Bucket bucket, Limit limit) {
    }

    private final Cache<String, Entry> buckets = Caffeine.newBuilder()
            .maximumSize(2_000_000)
            .expireAfter(Expiry.accessing((String key, Entry entry) -> entry.limit().period()))
            .build();

    @Override
    public boolean tryTake(String key, Limit limit) {
        return buckets.get(key, k -> new Entry(Bucket.builder().addLimit(limit.bandwidth()).build(), limit))
                .bucket().tryConsume(1);
    }

    @Override
    public void giveBack(String key, Limit limit) {
        Entry entry = buckets.getIfPresent(key);
        if (entry != null) {
            entry.bucket().addTokens(1);
        }
    }
}
