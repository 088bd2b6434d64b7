package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Instant;

/** One forecast as it was made: which fan gave which probability (0–100 %), when. */
public record ForecastChange(FanId fan, int probability, Instant at) {
}
