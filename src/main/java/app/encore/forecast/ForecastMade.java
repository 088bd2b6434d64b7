package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A fan gave or changed their forecast, after it was committed. The crowd odds, live screens and,
 * later, other nodes listen for it.
 */
public record ForecastMade(long showId, FanId fan, int probability, Instant at, @Nullable String cohort) {

    public ForecastMade(long showId, FanId fan, int probability, Instant at) {
        this(showId, fan, probability, at, null);
    }
}
