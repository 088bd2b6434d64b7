package app.encore.show;

import app.encore.show.ShowFacts.FieldChange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only revision history of each show ({@code show_revision}). */
@Component
class ShowRevisions {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ShowRevisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(long showId, String by, Instant at, ShowRevision.Kind kind, List<FieldChange> changes) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM show_revision WHERE show_id = :show")
                .param("show", showId).query(Integer.class).single();
        jdbc.sql("INSERT INTO show_revision (show_id, number, edited_by, edited_at, kind, changes)"
                        + " VALUES (:show, :number, :by, :at, :kind, :changes)")
                .param("show", showId).param("number", number).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("kind", kind.name())
                .param("changes", json.writeValueAsString(changes)).update();
    }

    /** Newest first. */
    List<ShowRevision> of(long showId) {
        return jdbc.sql("SELECT number, edited_by, edited_at, kind, changes FROM show_revision WHERE show_id = :show"
                        + " ORDER BY number DESC")
                .param("show", showId)
                .query((rs, n) -> new ShowRevision(rs.getInt("number"), rs.getString("edited_by"),
                        rs.getObject("edited_at", OffsetDateTime.class).toInstant(),
                        ShowRevision.Kind.valueOf(rs.getString("kind")),
                        json.readValue(rs.getString("changes"), CHANGES)))
                .list();
    }

    Optional<ShowRevision> latest(long showId) {
        return of(showId).stream().findFirst();
    }
}
