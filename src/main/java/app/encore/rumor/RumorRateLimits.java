package app.encore.rumor;

import app.encore.base.RateLimitBuckets;
import app.encore.base.RateLimitBuckets.Limit;
import app.encore.fan.FanId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A fan may submit a few rumors an hour and report a few a minute, on whichever node. */
@Component
class RumorRateLimits {

    private final RateLimitBuckets buckets;
    private final Limit submissions;
    private final Limit reports;

    RumorRateLimits(RateLimitBuckets buckets,
            @Value("${encore.rumor.submissions-per-fan-per-hour:5}") int submissionsPerHour,
            @Value("${encore.rumor.reports-per-fan-per-minute:5}") int reportsPerMinute) {
        this.buckets = buckets;
        this.submissions = Limit.perHour(submissionsPerHour);
        this.reports = Limit.perMinute(reportsPerMinute);
    }

    boolean trySubmit(FanId fan) {
        return buckets.tryTake("rumor-submit:" + fan.value(), submissions);
    }

    boolean tryReport(FanId fan) {
        return buckets.tryTake("rumor-report:" + fan.value(), reports);
    }
}
