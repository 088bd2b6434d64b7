package app.encore.base;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * Token buckets (Bucket4j) for the rate limits, kept where every node sees them: in this node's
 * memory on the embedded H2 database (one node), in PostgreSQL when several nodes share it, so that a
 * fan or an address cannot double a limit by switching node. Each bucket refills gradually: a limit
 * of 30 a minute gives back a token every two seconds.
 */
public interface RateLimitBuckets {

    /**
     * Takes one token from the bucket under this key, which starts full with the limit's tokens.
     *
     * @param key names what is limited, e.g. {@code forecast-fan:} and the fan's id; at most 120 characters
     * @return false when the bucket is empty (nothing is taken then)
     */
    boolean tryTake(String key, Limit limit);

    /** Puts back a token taken from this key's bucket, when what it was taken for did not happen. */
    void giveBack(String key, Limit limit);

    /** So many tokens, refilled gradually over the period. */
    record Limit(long tokens, Duration period) {

        public Limit {
            if (tokens < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A limit needs tokens and a period: " + tokens + " per " + period);
            }
        }

        public static Limit perMinute(long tokens) {
            return new Limit(tokens, Duration.ofMinutes(1));
        }

        public static Limit perHour(long tokens) {
            return new Limit(tokens, Duration.ofHours(1));
        }

        Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(tokens).refillGreedy(tokens, period).build();
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(bandwidth()).build();
        }
    }
}
