package app.encore.show;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One official status a show had: what, from which source, set by whom, when, and when the network
 * announced it. A withdrawn status is followed by an {@code UNANNOUNCED} change whose note says why.
 */
public record StatusChange(OfficialStatus status, String sourceTitle, @Nullable String sourceUrl, String changedBy,
        Instant changedAt, @Nullable Instant announcedAt, @Nullable String note) {
}
