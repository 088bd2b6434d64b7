package app.encore.forecast;

import app.encore.fan.FanId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) that stop a script without locking out a venue on one Wi-Fi: a tight
 * limit per fan and a generous one per address, each refilled gradually over a minute. Buckets live
 * in bounded Caffeine maps and are forgotten after a few idle minutes, so memory stays flat.
 */
@Component
class ForecastRateLimits {

    private final int perFan;
    private final int perAddress;
    private final Cache<FanId, Bucket> fans;
    private final Cache<String, Bucket> addresses;

    ForecastRateLimits(@Value("${encore.forecast.changes-per-fan-per-minute:30}") int perFan,
            @Value("${encore.forecast.changes-per-address-per-minute:600}") int perAddress) {
        this.perFan = perFan;
        this.perAddress = perAddress;
        this.fans = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(3)).maximumSize(1_000_000).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(3)).maximumSize(100_000).build();
    }

    /** Takes one change from both buckets; false when either is empty (nothing is taken then). */
    boolean tryTake(FanId fan, String address) {
        Bucket fanBucket = fans.get(fan, key -> perMinute(perFan));
        Bucket addressBucket = addresses.get(address, key -> perMinute(perAddress));
        if (!fanBucket.tryConsume(1)) {
            return false;
        }
        if (!addressBucket.tryConsume(1)) {
            fanBucket.addTokens(1);
            return false;
        }
        return true;
    }

    private static Bucket perMinute(int changes) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(changes).refillGreedy(changes, Duration.ofMinutes(1)).build())
                .build();
    }
}
