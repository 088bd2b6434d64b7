package app.encore.forecast;

import app.encore.base.RateLimitBuckets;
import app.encore.base.RateLimitBuckets.Limit;
import app.encore.fan.FanId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets that stop a script without locking out a venue on one Wi-Fi: a tight limit per fan
 * and a generous one per address, each refilled gradually over a minute, shared by every node.
 */
@Component
class ForecastRateLimits {

    private final RateLimitBuckets buckets;
    private final Limit perFan;
    private final Limit perAddress;
    private final Limit newFansPerAddress;
    private final Limit newFansPerVenue;

    ForecastRateLimits(RateLimitBuckets buckets,
            @Value("${encore.forecast.changes-per-fan-per-minute:30}") int perFan,
            @Value("${encore.forecast.changes-per-address-per-minute:600}") int perAddress,
            @Value("${encore.forecast.new-fans-per-address-per-hour:20}") int newFansPerAddress,
            @Value("${encore.forecast.new-fans-per-venue-per-hour:2000}") int newFansPerVenue) {
        this.buckets = buckets;
        this.perFan = Limit.perMinute(perFan);
        this.perAddress = Limit.perMinute(perAddress);
        this.newFansPerAddress = Limit.perHour(newFansPerAddress);
        this.newFansPerVenue = Limit.perHour(newFansPerVenue);
    }

    /** As {@link #tryTakeNewFan}, for a fan who came through a venue's kiosk: the venue's allowance. */
    boolean tryTakeNewFanAtVenue(String venue) {
        return buckets.tryTake("forecast-new-fan-venue:" + venue, newFansPerVenue);
    }

    /**
     * Takes one new fan's first vote from the address's hourly allowance; false when it is used up.
     * One person can open any number of fresh browsers, each a new fan: this is what stops them
     * from setting the crowd odds alone, while a household or an office still votes.
     */
    boolean tryTakeNewFan(String address) {
        return buckets.tryTake("forecast-new-fan:" + address, newFansPerAddress);
    }

    /** Takes one change from both buckets; false when either is empty (nothing is taken then). */
    boolean tryTake(FanId fan, String address) {
        String fanKey = "forecast-fan:" + fan.value();
        if (!buckets.tryTake(fanKey, perFan)) {
            return false;
        }
        if (!buckets.tryTake("forecast-address:" + address, perAddress)) {
            buckets.giveBack(fanKey, perFan);
            return false;
        }
        return true;
    }
}
