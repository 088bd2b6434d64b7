package app.encore.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fan's chosen language, kept in a plain cookie. Without one, Vaadin follows the browser's
 * preferred languages. An address can name its language too ({@code ?lang=ko}): that is how each
 * language of a page has an address of its own, for search engines ({@code hreflang}) and for links
 * fans share.
 */
final class LanguagePreference {

    static final String COOKIE = "encore-lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private LanguagePreference() {
    }

    /** The supported language named by the request's cookie, if any. */
    static Optional<Locale> fromRequest(VaadinRequest request, I18NProvider i18n) {
        return fromCookies(request.getCookies(), i18n);
    }

    private static Optional<Locale> fromCookies(Cookie @Nullable [] cookies, I18NProvider i18n) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .flatMap(value -> i18n.getProvidedLocales().stream()
                        .filter(locale -> locale.getLanguage().equals(value)))
                .findFirst();
    }

    static final String PARAMETER = "lang";

    /** The supported language an address names with {@code lang}, if any. */
    static Optional<Locale> fromQuery(Map<String, List<String>> query, I18NProvider i18n) {
        return query.getOrDefault(PARAMETER, List.of()).stream()
                .flatMap(value -> i18n.getProvidedLocales().stream()
                        .filter(locale -> locale.getLanguage().equals(value.strip().toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    /**
     * The language to answer this request in: the one its address names, else the fan's choice from
     * the cookie, else the first of the browser's preferred languages that Encore speaks, else
     * Encore's first language.
     */
    static Locale of(VaadinRequest request, I18NProvider i18n) {
        return of(request.getParameterMap().get(PARAMETER), request.getCookies(), request.getLocales(), i18n);
    }

    /** The same for a request that Vaadin does not answer (a feed, an image, the embedded widget). */
    static Locale of(HttpServletRequest request, I18NProvider i18n) {
        return of(request.getParameterValues(PARAMETER), request.getCookies(), request.getLocales(), i18n);
    }

    private static Locale of(String @Nullable [] named, Cookie @Nullable [] cookies,
            @Nullable Enumeration<Locale> preferred, I18NProvider i18n) {
        Optional<Locale> fromAddress = named == null ? Optional.empty()
                : fromQuery(Map.of(PARAMETER, List.of(named)), i18n);
        return fromAddress.or(() -> fromCookies(cookies, i18n)).orElseGet(() -> {
            List<Locale> provided = i18n.getProvidedLocales();
            while (preferred != null && preferred.hasMoreElements()) {
                String language = preferred.nextElement().getLanguage();
                for (Locale locale : provided) {
                    if (locale.getLanguage().equals(language)) {
                        return locale;
                    }
                }
            }
            return provided.getFirst();
        });
    }

    /** Stores the choice from the browser itself, which works over push as well as over XHR. */
    static void remember(UI ui, Locale locale) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=' + $2 + ';samesite=lax'",
                COOKIE, locale.getLanguage(), ONE_YEAR_SECONDS);
    }
}
