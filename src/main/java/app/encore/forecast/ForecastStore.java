package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Saves a forecast and appends it to the history, in one transaction. */
@Component
class ForecastStore {

    private final ForecastRepository forecasts;
    private final ForecastHistory history;

    ForecastStore(ForecastRepository forecasts, ForecastHistory history) {
        this.forecasts = forecasts;
        this.history = history;
    }

    @Transactional
    void save(long showId, FanId fan, int probability, Instant now) {
        Forecast forecast = forecasts.findCurrent(showId, fan.value())
                .map(existing -> {
                    existing.change(probability, now);
                    return existing;
                })
                .orElseGet(() -> Forecast.first(showId, fan, probability, now));
        forecasts.save(forecast);
        history.append(showId, fan, probability, now);
    }
}
