package app.encore.resolution;

import app.encore.scoring.Outcome;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question resolved as of the network's announcement.
 *
 * @param openedAt when the question's life began: its first forecast (none if nobody forecast)
 * @param crowdLast the crowd's odds standing just before the announcement, if it had any
 * @param crowdBrier the crowd's time-averaged Brier over the question's life, if it had odds
 * @param forecasters how many fans forecast before the announcement
 * @param annulment why and when it was annulled, if it was; an annulled resolution no longer counts
 */
public record Resolution(long id, long showId, Outcome outcome, @Nullable Instant openedAt, Instant announcedAt,
        String sourceTitle, @Nullable String sourceUrl, @Nullable Integer crowdLast, @Nullable Double crowdBrier,
        int forecasters, String resolvedBy, Instant resolvedAt, @Nullable Annulment annulment) {

    public record Annulment(String reason, String by, Instant at) {
    }

    public boolean counts() {
        return annulment == null;
    }
}
