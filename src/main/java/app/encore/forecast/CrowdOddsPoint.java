package app.encore.forecast;

import java.time.Instant;

/** The crowd's odds at one moment, for the history chart. */
public record CrowdOddsPoint(Instant at, int median, int lowerQuartile, int upperQuartile, int forecasters) {
}
