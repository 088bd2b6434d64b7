package app.encore.show;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An official word on a show's future, as the public reads it: what, from which source, when. */
public record Announcement(long showId, OfficialStatus status, String sourceTitle, @Nullable String sourceUrl,
        Instant at) {
}
