package app.encore.show;

import app.encore.base.WebLink;
import org.jspecify.annotations.Nullable;

/** Small checks the show's parts share: trimmed text and web links only. */
final class Text {

    private Text() {
    }

    static String required(@Nullable String value, String what) {
        String trimmed = optional(value);
        if (trimmed == null) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
        return trimmed;
    }

    static @Nullable String optional(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A link we are willing to render (see {@link WebLink}), normalised. */
    static @Nullable String optionalUrl(@Nullable String value) {
        String url = optional(value);
        if (url == null) {
            return null;
        }
        return WebLink.normalise(url).orElseThrow(() -> new IllegalArgumentException("Not a web link: " + url));
    }
}
