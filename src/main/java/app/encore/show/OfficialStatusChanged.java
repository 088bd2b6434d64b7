package app.encore.show;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An admin recorded what the network said: the question may have just resolved, or, when a status
 * is withdrawn, reopened.
 *
 * @param status the show's status now
 * @param previous the status it had before
 * @param source where the network said so; none when a status was withdrawn
 * @param announcedAt when the network said so, which may be before {@code at}; for a withdrawal,
 *     {@code at}
 * @param at when the admin recorded it
 * @param withdrawnBecause why the previous status was withdrawn (a mistaken source), if it was
 */
public record OfficialStatusChanged(long showId, OfficialStatus status, OfficialStatus previous,
        @Nullable Source source, Instant announcedAt, Instant at, @Nullable String withdrawnBecause) {

    /** Whether this change settles the question: the show was renewed or ended. */
    public boolean resolves() {
        return !status.isOpen();
    }
}
