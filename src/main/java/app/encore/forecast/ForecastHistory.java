package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every forecast ever made, in order. Append-only: this class can add rows and nothing else. */
@Component
class ForecastHistory {

    private final JdbcClient jdbc;

    ForecastHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(long showId, FanId fan, int probability, Instant at) {
        jdbc.sql("INSERT INTO forecast_history (show_id, fan_id, probability, made_at) VALUES (:show, :fan, :p, :at)")
                .param("show", showId)
                .param("fan", fan.value())
                .param("p", probability)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
