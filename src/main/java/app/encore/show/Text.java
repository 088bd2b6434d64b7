package app.encore.show;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small checks the show's parts share: trimmed text and http(s) links only. */
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

    /** A link we are willing to render: absolute http or https, nothing else (no javascript:). */
    static @Nullable String optionalUrl(@Nullable String value) {
        String url = optional(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("Only http and https links are allowed: " + url);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid link: " + url, e);
        }
    }
}
