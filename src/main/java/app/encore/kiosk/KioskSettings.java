package app.encore.kiosk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a kiosk is set up, read from its address: {@code ?shows=slug,slug&rotate=15&theme=dark&
 * lang=ko&embed=1}. Nobody can fix a typo on an unattended screen, so anything unknown or out of
 * range falls back to a default instead of an error.
 */
public record KioskSettings(List<String> slugs, int rotateSeconds, Theme theme, @Nullable Locale language,
        boolean embedded) {

    public static final int DEFAULT_ROTATE = 15;
    public static final int MIN_ROTATE = 5;
    public static final int MAX_ROTATE = 600;
    static final int MAX_SHOWS = 20;

    public enum Theme { DARK, LIGHT, CONTRAST }

    public static KioskSettings from(Map<String, List<String>> params) {
        List<String> slugs = first(params, "shows")
                .map(value -> Arrays.stream(value.split(","))
                        .map(slug -> slug.strip().toLowerCase(Locale.ROOT))
                        .filter(slug -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                        .distinct().limit(MAX_SHOWS).toList())
                .orElse(List.of());
        int rotate = first(params, "rotate").flatMap(KioskSettings::integer)
                .filter(seconds -> seconds >= MIN_ROTATE && seconds <= MAX_ROTATE)
                .orElse(DEFAULT_ROTATE);
        Theme theme = first(params, "theme").flatMap(value -> Arrays.stream(Theme.values())
                .filter(t -> t.name().equalsIgnoreCase(value.strip())).findFirst()).orElse(Theme.DARK);
        Locale language = first(params, "lang").map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("en") || value.equals("ko")).map(Locale::forLanguageTag).orElse(null);
        boolean embedded = first(params, "embed").map(value -> value.equals("1") || value.equalsIgnoreCase("true"))
                .orElse(false);
        return new KioskSettings(slugs, rotate, theme, language, embedded);
    }

    /** The settings in a kiosk address's query, as {@link #toQuery()} writes them. */
    public static KioskSettings fromQuery(String query) {
        return from(com.vaadin.flow.router.QueryParameters.fromString(query == null ? "" : query).getParameters());
    }

    /**
     * These settings as a kiosk address's query, in one spelling ({@code shows=a,b&rotate=15&theme=dark&lang=ko}),
     * without {@code embed}: whether a screen sits in a frame is its own, not the desk's.
     */
    public String toQuery() {
        var query = new StringBuilder();
        if (!slugs.isEmpty()) {
            query.append("shows=").append(String.join(",", slugs)).append('&');
        }
        query.append("rotate=").append(rotateSeconds).append("&theme=").append(theme.name().toLowerCase(Locale.ROOT));
        if (language != null) {
            query.append("&lang=").append(language.getLanguage());
        }
        return query.toString();
    }

    /** The same settings, embedded in a frame or not. */
    public KioskSettings embedded(boolean inFrame) {
        return new KioskSettings(slugs, rotateSeconds, theme, language, inFrame);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
