package app.encore.show;

import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the show since this editor opened it: the save is refused, and the editor
 * keeps what was typed. Names who saved last and when, where the revisions tell.
 */
public class ShowEditConflictException extends RuntimeException {

    private final transient @Nullable ShowRevision latest;

    public ShowEditConflictException(@Nullable ShowRevision latest) {
        super("The show was changed meanwhile");
        this.latest = latest;
    }

    public @Nullable ShowRevision latest() {
        return latest;
    }
}
