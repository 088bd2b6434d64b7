package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** A replayed crowd path has at most about this many points, however long and busy the question. */
    static final int MAX_POINTS = 2_000;

    /**
     * The crowd's odds as they stood over time, replayed from {@code changes} (oldest first) exactly
     * as the live odds are computed: one point per stretch in which forecasts changed, stamped at the
     * stretch's last change and holding the odds after it. A stretch is a minute, or for long
     * questions 1/2,000 of the time the changes span (a 60-day question: 43 minutes), so a question
     * with 30,000 forecasts costs 2,000 computations, not 30,000. Replaying the history, rather
     * than reading the recorded chart points, gives the odds when they changed, not when a point was
     * next written.
     */
    public static List<CrowdOddsPoint> crowd(List<ForecastChange> changes) {
        var state = new CrowdState();
        List<CrowdOddsPoint> points = new ArrayList<>();
        if (changes.isEmpty()) {
            return points;
        }
        long first = changes.getFirst().at().toEpochMilli();
        long span = changes.getLast().at().toEpochMilli() - first;
        long stretch = Math.max(Duration.ofMinutes(1).toMillis(), span / MAX_POINTS + 1);
        for (int i = 0; i < changes.size(); i++) {
            ForecastChange change = changes.get(i);
            state.put(change.fan().value(), change.probability());
            boolean lastOfStretch = i + 1 == changes.size()
                    || (changes.get(i + 1).at().toEpochMilli() - first) / stretch != (change.at().toEpochMilli() - first) / stretch;
            if (lastOfStretch) {
                CrowdOdds odds = state.odds();
                points.add(new CrowdOddsPoint(change.at(), odds.median(), odds.lowerQuartile(), odds.upperQuartile(),
                        odds.forecasters()));
            }
        }
        return points;
    }

}
