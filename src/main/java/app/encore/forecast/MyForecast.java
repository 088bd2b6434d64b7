package app.encore.forecast;

import java.time.Instant;

/** A fan's own current forecast for a show, and when they last set it. */
public record MyForecast(long showId, int probability, Instant at) {
}
