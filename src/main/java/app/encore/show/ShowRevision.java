package app.encore.show;

import app.encore.show.ShowFacts.FieldChange;
import java.time.Instant;
import java.util.List;

/** One change staff made to a show: its number, who, when, what kind, and each field from and to. */
public record ShowRevision(int number, String editedBy, Instant editedAt, Kind kind, List<FieldChange> changes) {

    public enum Kind {
        CREATED, EDITED, PUBLISHED, HIDDEN, IMPORTED
    }

    public ShowRevision {
        changes = List.copyOf(changes);
    }
}
