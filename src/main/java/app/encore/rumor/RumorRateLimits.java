package app.encore.rumor;

import app.encore.fan.FanId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A fan may submit a few rumors an hour and report a few a minute (Bucket4j, as for votes). */
@Component
class RumorRateLimits {

    private final int submissionsPerHour;
    private final int reportsPerMinute;
    private final Cache<FanId, Bucket> submissions = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2)).maximumSize(500_000).build();
    private final Cache<FanId, Bucket> reports = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5)).maximumSize(500_000).build();

    RumorRateLimits(@Value("${encore.rumor.submissions-per-fan-per-hour:5}") int submissionsPerHour,
            @Value("${encore.rumor.reports-per-fan-per-minute:5}") int reportsPerMinute) {
        this.submissionsPerHour = submissionsPerHour;
        this.reportsPerMinute = reportsPerMinute;
    }

    boolean trySubmit(FanId fan) {
        return submissions.get(fan, f -> bucket(submissionsPerHour, Duration.ofHours(1))).tryConsume(1);
    }

    boolean tryReport(FanId fan) {
        return reports.get(fan, f -> bucket(reportsPerMinute, Duration.ofMinutes(1))).tryConsume(1);
    }

    private static Bucket bucket(int tokens, Duration period) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(tokens).refillGreedy(tokens, period).build()).build();
    }
}
