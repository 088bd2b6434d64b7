package app.encore.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for a link a person gives Encore (a rumor's source, a verdict's evidence, a show's
 * sources and petitions, an official announcement): an absolute {@code http} or {@code https}
 * address with a host, nothing else, so nothing but a web page is ever rendered as a link
 * ({@code javascript:}, {@code data:} and the like are refused). It is normalised before it is
 * checked and stored: scheme and host in lower case ({@code HTTPS://Example.COM/X} is
 * {@code https://example.com/X}; the path keeps its case), no spaces around it. A link with a user
 * name or password in it ({@code https://press.example@evil.example/}) is refused: it reads as one
 * site and opens another.
 */
public final class WebLink {

    /** Longer than any article's address; a longer one is not a link someone typed. */
    public static final int MAX_LENGTH = 2000;

    private WebLink() {
    }

    /** The link, normalised; empty if it is not one Encore accepts. */
    public static Optional<String> normalise(@Nullable String link) {
        if (link == null) {
            return Optional.empty();
        }
        String text = link.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || !PlainText.isLine(text) || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String rest = text.substring(text.indexOf("//") + 2 + uri.getRawAuthority().length());
            return Optional.of(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + rest);
        } catch (URISyntaxException notALink) {
            return Optional.empty();
        }
    }

    /** Whether Encore accepts the link. */
    public static boolean isWebLink(@Nullable String link) {
        return normalise(link).isPresent();
    }
}
