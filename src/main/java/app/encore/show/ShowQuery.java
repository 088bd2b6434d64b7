package app.encore.show;

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
        text = Text.optional(text);
        network = Text.optional(network);
        platform = Text.optional(platform);
        sort = sort == null || sort.isBlank() ? TITLE : sort.strip().toLowerCase(Locale.ROOT);
    }

    public static ShowQuery all() {
        return new ShowQuery(null, null, null, null, TITLE);
    }

    public ShowQuery sortedBy(String key) {
        return new ShowQuery(text, status, network, platform, key);
    }
}
