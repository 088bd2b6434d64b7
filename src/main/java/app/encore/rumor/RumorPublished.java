package app.encore.rumor;

import java.time.Instant;

/** A rumor appeared on its show's page (kiosks and other live screens listen). */
public record RumorPublished(long rumorId, long showId, Instant at) {
}
