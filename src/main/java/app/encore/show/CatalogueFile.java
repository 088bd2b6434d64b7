package app.encore.show;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A catalogue file as a whole: {@code catalogue.schema.json}, version 1. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "format", "version", "exportedAt", "shows"})
public record CatalogueFile(@JsonProperty("$schema") @Nullable String schema, String format, int version,
        @Nullable Instant exportedAt, List<CatalogueShow> shows) {

    public static final String FORMAT = "encore-catalogue";
    public static final String SCHEMA = "/catalogue.schema.json";
}
