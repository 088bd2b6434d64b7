package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/** Every forecast ever made, in order. Append-only: this class can add rows and nothing else. */
@Component
class ForecastHistory {

    record Entry(long showId, FanId fan, int probability, Instant at) {
    }

    private final NamedParameterJdbcOperations jdbc;

    ForecastHistory(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends these forecasts, in one batch. */
    void append(List<Entry> entries) {
        jdbc.batchUpdate("INSERT INTO forecast_history (show_id, fan_id, probability, made_at) VALUES (:show, :fan, :p, :at)",
                entries.stream().map(entry -> new MapSqlParameterSource()
                                .addValue("show", entry.showId())
                                .addValue("fan", entry.fan().value())
                                .addValue("p", entry.probability())
                                .addValue("at", entry.at().atOffset(ZoneOffset.UTC)))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Every forecast the fan made, oldest first. */
    List<MyForecast> of(FanId fan) {
        return jdbc.query("SELECT show_id, probability, made_at FROM forecast_history WHERE fan_id = :fan"
                        + " ORDER BY made_at, id", java.util.Map.of("fan", fan.value()),
                (rs, n) -> new MyForecast(rs.getLong("show_id"), rs.getInt("probability"),
                        rs.getObject("made_at", java.time.OffsetDateTime.class).toInstant()));
    }
}
