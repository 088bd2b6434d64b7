package app.encore.show;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** Where a fact comes from: an article's title, its publisher, link and date, as far as known. */
@Table("show_source")
public record Source(String title, @Nullable String publisher, @Nullable String url, @Nullable LocalDate publishedOn) {
    public Source {
        title = Text.required(title, "source title");
        publisher = Text.optional(publisher);
        url = Text.optionalUrl(url);
    }

    public static Source titled(String title) {
        return new Source(title, null, null, null);
    }
}
