package app.encore.show;

import org.jspecify.annotations.Nullable;

/**
 * What a fan is looking for in the list: free text over the English and Korean titles, optional
 * filters, and an order. Blank text or filters mean "any".
 */
public record ShowQuery(@Nullable String text, @Nullable OfficialStatus status, @Nullable String network,
        @Nullable String platform, ShowSort sort) {

    public ShowQuery {
        text = Text.optional(text);
        network = Text.optional(network);
        platform = Text.optional(platform);
        sort = sort == null ? ShowSort.TITLE : sort;
    }

    public static ShowQuery all() {
        return new ShowQuery(null, null, null, null, ShowSort.TITLE);
    }
}
