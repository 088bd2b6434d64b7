package app.encore.scoring;

import java.time.Instant;

/**
 * A forecast as scoring sees it: from {@code at} on, {@code percent} % chance of YES, standing until
 * the next one. A fan's path is their forecasts; the crowd's path is its odds as they were recorded.
 */
public record TimedForecast(Instant at, int percent) {

    public TimedForecast {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A forecast is 0–100 %, not " + percent);
        }
    }
}
