package app.encore.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A fan's chosen language, kept in a plain cookie. Without one, Vaadin follows the browser's
 * preferred languages.
 */
final class LanguagePreference {

    static final String COOKIE = "encore-lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private LanguagePreference() {
    }

    /** The supported language named by the request's cookie, if any. */
    static Optional<Locale> fromRequest(VaadinRequest request, I18NProvider i18n) {
        Cookie[] cookies = request.getCookies();
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

    /**
     * The language to answer this request in: the fan's choice from the cookie, else the first of the
     * browser's preferred languages that Encore speaks, else Encore's first language.
     */
    static Locale of(VaadinRequest request, I18NProvider i18n) {
        return fromRequest(request, i18n).orElseGet(() -> {
            List<Locale> provided = i18n.getProvidedLocales();
            var preferred = request.getLocales();
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
