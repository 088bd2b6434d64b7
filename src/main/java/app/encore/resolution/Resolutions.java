package app.encore.resolution;

import app.encore.fan.FanId;
import app.encore.scoring.Outcome;
import app.encore.show.OfficialStatusCommitted;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Resolved questions and fans' scores on them. Anyone may read them: scores are public. */
@Service
@Transactional(readOnly = true)
public class Resolutions {

    private static final String RESOLUTION_COLUMNS = "SELECT r.*, a.reason, a.annulled_by, a.annulled_at"
            + " FROM resolution r LEFT JOIN resolution_annulment a ON a.resolution_id = r.id";
    static final String IN_FORCE = "NOT EXISTS (SELECT 1 FROM resolution_annulment a WHERE a.resolution_id = r.id)";

    private static final RowMapper<Resolution> RESOLUTION = (rs, n) -> new Resolution(rs.getLong("id"),
            rs.getLong("show_id"), Outcome.valueOf(rs.getString("outcome")), instant(rs, "opened_at"),
            instant(rs, "announced_at"), rs.getString("source_title"), rs.getString("source_url"),
            rs.getObject("crowd_last", Integer.class), rs.getObject("crowd_brier", Double.class),
            rs.getInt("forecasters"), rs.getString("resolved_by"), instant(rs, "resolved_at"),
            rs.getString("reason") == null ? null : new Resolution.Annulment(rs.getString("reason"),
                    rs.getString("annulled_by"), instant(rs, "annulled_at")));

    static final RowMapper<FanScore> SCORE = (rs, n) -> new FanScore(rs.getLong("show_id"),
            Outcome.valueOf(rs.getString("outcome")), instant(rs, "announced_at"), rs.getDouble("fan_brier"),
            rs.getDouble("crowd_brier"), rs.getDouble("relative_brier"), rs.getDouble("coverage"),
            instant(rs, "first_forecast_at"), rs.getInt("final_forecast"));

    private final JdbcClient jdbc;
    private final Cache<Long, Optional<Resolution>> current = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    Resolutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The resolution in force for the show's question, if it has resolved. Every show page asks, so
     * the answer is kept for a minute and forgotten when the show's status changes, on any node.
     */
    public Optional<Resolution> current(long showId) {
        return current.get(showId, this::inForce);
    }

    /** A status changed (here or on another node): read again. Runs before the open screens hear of it. */
    @EventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(OfficialStatusCommitted committed) {
        current.invalidate(committed.showId());
    }

    /** The resolution in force for the show, read now, not kept: for deciding what to annul. */
    public Optional<Resolution> inForce(long showId) {
        return jdbc.sql(RESOLUTION_COLUMNS + " WHERE r.show_id = :show AND a.resolution_id IS NULL"
                        + " ORDER BY r.id DESC")
                .param("show", showId).query(RESOLUTION).list().stream().findFirst();
    }

    /** Every resolution the show's question has had, annulled ones too, newest first. */
    public List<Resolution> all(long showId) {
        return jdbc.sql(RESOLUTION_COLUMNS + " WHERE r.show_id = :show ORDER BY r.id DESC")
                .param("show", showId).query(RESOLUTION).list();
    }

    /** Every resolution in force, oldest announcement first. */
    public List<Resolution> allInForce() {
        return jdbc.sql(RESOLUTION_COLUMNS + " WHERE a.resolution_id IS NULL ORDER BY r.announced_at, r.id")
                .query(RESOLUTION).list();
    }

    /** The fan's score on the show's question, if it has resolved and they forecast before the announcement. */
    public Optional<FanScore> score(FanId fan, long showId) {
        return jdbc.sql("SELECT r.show_id, r.outcome, r.announced_at, s.* FROM question_score s"
                        + " JOIN resolution r ON r.id = s.resolution_id"
                        + " WHERE r.show_id = :show AND s.fan_id = :fan AND " + IN_FORCE)
                .param("show", showId).param("fan", fan.value()).query(SCORE).optional();
    }

    /** The fan's scores on every resolved question, newest announcement first. */
    public List<FanScore> scores(FanId fan) {
        return jdbc.sql("SELECT r.show_id, r.outcome, r.announced_at, s.* FROM question_score s"
                        + " JOIN resolution r ON r.id = s.resolution_id"
                        + " WHERE s.fan_id = :fan AND " + IN_FORCE + " ORDER BY r.announced_at DESC, r.id DESC")
                .param("fan", fan.value()).query(SCORE).list();
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
