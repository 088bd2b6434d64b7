package app.encore.show;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An official word on a show's future, as the public reads it: what, from which source, when it was
 * recorded. A status withdrawn as mistaken is an {@code UNANNOUNCED} announcement of the withdrawn
 * source, with a {@code withdrawnBecause} reason.
 */
public record Announcement(long showId, OfficialStatus status, String sourceTitle, @Nullable String sourceUrl,
        Instant at, @Nullable String withdrawnBecause) {
}
