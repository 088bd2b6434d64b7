package app.encore.show;

import java.time.Instant;

/** A show's address and when its facts or official word last changed: what a sitemap lists. */
public record ShowListing(long id, String slug, String title, Instant lastChanged) {
}
