package app.encore.show;

import java.time.Instant;

/** An admin recorded what the network said: the question may have just resolved. */
public record OfficialStatusChanged(long showId, OfficialStatus status, Instant at) {
}
