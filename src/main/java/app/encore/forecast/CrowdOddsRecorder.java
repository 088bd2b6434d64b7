package app.encore.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends the crowd's odds to their history whenever they change, at most one point per show per
 * interval (the latest value of the interval wins), so a busy show writes a point every few
 * seconds, not one per vote.
 */
@Component
class CrowdOddsRecorder {

    private static final Logger log = LoggerFactory.getLogger(CrowdOddsRecorder.class);

    private record Pending(CrowdOdds odds, Instant since) {
    }

    private final JdbcClient jdbc;
    private final Duration interval;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    CrowdOddsRecorder(JdbcClient jdbc, @Value("${encore.crowd-odds.history-interval:10s}") Duration interval) {
        this.jdbc = jdbc;
        this.interval = interval;
    }

    void changed(long showId, CrowdOdds odds, Instant now) {
        if (odds.hasForecasts()) {
            pending.merge(showId, new Pending(odds, now), (old, fresh) -> new Pending(fresh.odds(), old.since()));
        }
    }

    void writeDue(Instant now) {
        pending.forEach((showId, point) -> {
            Instant last = lastWritten.get(showId);
            if (last == null || !now.isBefore(last.plus(interval))) {
                pending.remove(showId, point);
                write(showId, point.odds(), now);
                lastWritten.put(showId, now);
            }
        });
    }

    private void write(long showId, CrowdOdds odds, Instant at) {
        try {
            jdbc.sql("INSERT INTO crowd_odds_point (show_id, recorded_at, median, lower_quartile, upper_quartile,"
                            + " forecasters) VALUES (:show, :at, :median, :lower, :upper, :forecasters)")
                    .param("show", showId)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .param("median", odds.median())
                    .param("lower", odds.lowerQuartile())
                    .param("upper", odds.upperQuartile())
                    .param("forecasters", odds.forecasters())
                    .update();
        } catch (DuplicateKeyException sameInstantOnAnotherNode) {
            // One point per show and instant is enough.
        } catch (DataAccessException e) {
            // A lost point leaves a gap in a chart; it must not stop the live updates of every show.
            log.warn("Could not record the crowd odds of show {}: {}", showId, e.getMessage());
        }
    }
}
