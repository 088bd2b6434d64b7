package app.encore.show;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** Fans asking for a second season: what, where, a link and the signatures, where known. */
@Table("show_petition")
public record Petition(String description, @Nullable String site, @Nullable String url,
        @Nullable Integer signatureCount) {
    public Petition {
        description = Text.required(description, "petition description");
        site = Text.optional(site);
        url = Text.optionalUrl(url);
        if (signatureCount != null && signatureCount < 0) {
            throw new IllegalArgumentException("A petition cannot have negative signatures");
        }
    }
}
