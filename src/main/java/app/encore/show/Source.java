package app.encore.show;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Where a fact comes from: an article's title, its publisher, link and date, as far as known, and
 * which of the show's fact groups it supports ({@code covers}, stored as names joined by commas;
 * none for sources recorded before staff kept the catalogue, which support the page as a whole), and
 * the words in it that state what it is cited for ({@code quote}, as ClaimReview pairs a claim with
 * the item it reviewed).
 */
@Table("show_source")
public record Source(String title, @Nullable String publisher, @Nullable String url, @Nullable LocalDate publishedOn,
        @Nullable String covers, @Nullable String quote) {
    public Source {
        title = Text.required(title, "source title");
        publisher = Text.optional(publisher);
        url = Text.optionalUrl(url);
        covers = FactGroup.join(FactGroup.split(covers));
        quote = Text.optional(quote);
    }

    public Source(String title, @Nullable String publisher, @Nullable String url, @Nullable LocalDate publishedOn,
            @Nullable String covers) {
        this(title, publisher, url, publishedOn, covers, null);
    }

    public Source(String title, @Nullable String publisher, @Nullable String url, @Nullable LocalDate publishedOn) {
        this(title, publisher, url, publishedOn, null, null);
    }

    public static Source titled(String title) {
        return new Source(title, null, null, null);
    }

    public static Source of(String title, @Nullable String publisher, @Nullable String url,
            @Nullable LocalDate publishedOn, Set<FactGroup> covers) {
        return of(title, publisher, url, publishedOn, covers, null);
    }

    public static Source of(String title, @Nullable String publisher, @Nullable String url,
            @Nullable LocalDate publishedOn, Set<FactGroup> covers, @Nullable String quote) {
        return new Source(title, publisher, url, publishedOn, FactGroup.join(covers), quote);
    }

    /** The fact groups this source supports; empty for a source that supports the page as a whole. */
    public Set<FactGroup> groups() {
        Set<FactGroup> groups = FactGroup.split(covers);
        return groups.isEmpty() ? EnumSet.noneOf(FactGroup.class) : groups;
    }
}
