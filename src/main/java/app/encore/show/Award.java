package app.encore.show;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A prize or recognition, who gave it and in which year. */
@Table("show_award")
public record Award(String name, @Nullable String presenter, @Column("award_year") @Nullable Integer year) {
    public Award {
        name = Text.required(name, "award name");
        presenter = Text.optional(presenter);
    }
}
