package app.encore.show;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a card in the show list needs, read in one query per page. */
public record ShowCard(long id, String slug, String title, @Nullable String nativeTitle, @Nullable String network,
        List<String> platforms, @Nullable LocalDate firstAired, @Nullable LocalDate lastAired,
        OfficialStatus officialStatus) {
}
