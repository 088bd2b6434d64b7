package app.encore.show;

import app.encore.base.PlainText;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a fan is looking for in the list: free text over the English and Korean titles, optional
 * filters, and a sort key ({@link #TITLE}, {@link #NEWEST} or a {@link ShowOrdering}'s key). Blank
 * text or filters mean "any".
 */
public record ShowQuery(@Nullable String text, @Nullable OfficialStatus status, @Nullable String network,
        @Nullable String platform, String sort) {

    /** Alphabetically by English title. */
    public static final String TITLE = "title";
    /** Most recently aired first; shows without an air date last. */
    public static final String NEWEST = "newest";

    public ShowQuery {
        // Typed into the address by anyone: what no text holds cannot be searched for (a NUL would
        // be an error on PostgreSQL), and a search no title can match is cut short.
        text = Text.optional(clip(PlainText.forSearch(text), 200));
        network = Text.optional(clip(PlainText.forSearch(network), 60));
        platform = Text.optional(clip(PlainText.forSearch(platform), 60));
        sort = sort == null || sort.isBlank() ? TITLE : sort.strip().toLowerCase(Locale.ROOT);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    public static ShowQuery all() {
        return new ShowQuery(null, null, null, null, TITLE);
    }

    public ShowQuery sortedBy(String key) {
        return new ShowQuery(text, status, network, platform, key);
    }
}
