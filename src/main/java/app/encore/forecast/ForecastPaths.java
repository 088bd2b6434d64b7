package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts as they were made, read back from the append-only history for scoring: every fan's path
 * on a question, and the crowd's odds as they stood over time.
 */
@Service
public class ForecastPaths {

    private static final RowMapper<ForecastChange> CHANGE = (rs, n) -> new ForecastChange(
            new FanId(rs.getObject("fan_id", UUID.class)), rs.getInt("probability"),
            rs.getObject("made_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    ForecastPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every forecast made on the show before {@code before}, oldest first. */
    @Transactional(readOnly = true)
    public List<ForecastChange> before(long showId, Instant before) {
        return jdbc.sql("SELECT fan_id, probability, made_at FROM forecast_history"
                        + " WHERE show_id = :show AND made_at < :before ORDER BY made_at, id")
                .param("show", showId).param("before", before.atOffset(ZoneOffset.UTC))
                .query(CHANGE).list();
    }

    /** One fan's forecasts on the show, oldest first. */
    @Transactional(readOnly = true)
    public List<ForecastChange> of(FanId fan, long showId) {
        return jdbc.sql("SELECT fan_id, probability, made_at FROM forecast_history"
                        + " WHERE show_id = :show AND fan_id = :fan ORDER BY made_at, id")
                .param("show", showId).param("fan", fan.value())
                .query(CHANGE).list();
    }

    /**
     * The crowd's odds as they stood over time, replayed from {@code changes} (oldest first) exactly
     * as the live odds are computed: one point per minute in which forecasts changed, stamped at that
     * minute's last change and holding the odds after it. Replaying the history, rather than reading
     * the recorded chart points, gives the odds at the moment they changed, not when a point was
     * next written, and costs one computation per busy minute, not one per vote.
     */
    public static List<CrowdOddsPoint> crowd(List<ForecastChange> changes) {
        var state = new CrowdState();
        List<CrowdOddsPoint> points = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ForecastChange change = changes.get(i);
            state.put(change.fan().value(), change.probability());
            boolean lastOfMinute = i + 1 == changes.size() || !minute(changes.get(i + 1).at()).equals(minute(change.at()));
            if (lastOfMinute) {
                CrowdOdds odds = state.odds();
                points.add(new CrowdOddsPoint(change.at(), odds.median(), odds.lowerQuartile(), odds.upperQuartile(),
                        odds.forecasters()));
            }
        }
        return points;
    }

    private static Instant minute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES);
    }
}
