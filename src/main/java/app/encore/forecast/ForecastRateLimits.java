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

    private final org.springframework.beans.factory.@org.jspecify.annotations.Nullable ObjectProvider<ActiveVenues> venues;

    /** Every venue at the site's default allowance: for tests of the limits alone. */
    ForecastRateLimits(RateLimitBuckets buckets, int perFan, int perAddress, int newFansPerAddress, int newFansPerVenue) {
        this(buckets, null, perFan, perAddress, newFansPerAddress, newFansPerVenue);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ForecastRateLimits(RateLimitBuckets buckets,
            org.springframework.beans.factory.@org.jspecify.annotations.Nullable ObjectProvider<ActiveVenues> venues,
            @Value("${encore.forecast.changes-per-fan-per-minute:30}") int perFan,
            @Value("${encore.forecast.changes-per-address-per-minute:600}") int perAddress,
            @Value("${encore.forecast.new-fans-per-address-per-hour:20}") int newFansPerAddress,
            @Value("${encore.forecast.new-fans-per-venue-per-hour:2000}") int newFansPerVenue) {
        this.buckets = buckets;
        this.venues = venues;
        this.perFan = Limit.perMinute(perFan);
        this.perAddress = Limit.perMinute(perAddress);
        this.newFansPerAddress = Limit.perHour(newFansPerAddress);
        this.newFansPerVenue = Limit.perHour(newFansPerVenue);
    }

    /**
     * As {@link #tryTakeNewFan}, for a fan who came through a venue's screen: the venue's allowance,
     * as staff set it for that screen or the site's default. A changed allowance starts a fresh hour
     * (the bucket's key carries it), so lowering it takes effect at once.
     */
    boolean tryTakeNewFanAtVenue(String venue) {
        ActiveVenues registry = venues == null ? null : venues.getIfAvailable();
        java.util.OptionalInt set = registry == null ? java.util.OptionalInt.empty() : registry.allowance(venue);
        if (set.isEmpty()) {
            return buckets.tryTake("forecast-new-fan-venue:" + venue, newFansPerVenue);
        }
        return buckets.tryTake("forecast-new-fan-venue:" + venue + ":" + set.getAsInt(), Limit.perHour(set.getAsInt()));
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
