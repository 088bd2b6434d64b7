package app.encore.show;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One official status a show had: what, from which source, set by whom, when. */
public record StatusChange(OfficialStatus status, String sourceTitle, @Nullable String sourceUrl, String changedBy,
        Instant changedAt) {
}
