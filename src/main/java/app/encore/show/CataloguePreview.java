package app.encore.show;

import app.encore.show.ShowFacts.FieldChange;
import app.encore.show.ShowRules.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a catalogue file would do, worked out before anything is written: the shows it
 * adds, the shows it changes with each field from and to, how many it leaves as they are, and every
 * problem with the row and field it is in. A file with any problem is not imported at all.
 *
 * @param sha256 the file's digest, so the import applies exactly the file that was previewed
 */
public record CataloguePreview(String name, String sha256, List<Added> added, List<Changed> changed, int unchanged,
        List<FileProblem> problems) {

    public CataloguePreview {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        problems = List.copyOf(problems);
    }

    /** A show the file adds, and whether it is published at once (a draft otherwise). */
    public record Added(int row, String slug, String title, Visibility visibility) {
    }

    /** A show the file changes: each field from and to, and its visibility if that changes. */
    public record Changed(int row, long showId, String slug, String title, List<FieldChange> changes,
            @Nullable Visibility visibility) {
    }

    /**
     * A problem in the file: its row (the show's number in the file, or the CSV line; 0 for the file
     * as a whole), the show's slug if known, the field, and what is wrong.
     */
    public record FileProblem(int row, @Nullable String slug, String field, Problem problem) {
    }

    public boolean importable() {
        return problems.isEmpty();
    }

    public boolean changesNothing() {
        return added.isEmpty() && changed.isEmpty();
    }
}
