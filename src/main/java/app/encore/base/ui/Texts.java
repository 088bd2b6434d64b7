package app.encore.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * User-visible text in one language, through Vaadin's {@link I18NProvider}: for markup built outside
 * a component's own {@code getTranslation}, such as a page's first response or HTML that a view
 * shows as one element.
 */
public record Texts(Locale locale, @Nullable I18NProvider provider) {

    /** Texts for a request Vaadin answers (or a test): the current Vaadin service translates. */
    public Texts(Locale locale) {
        this(locale, null);
    }

    /**
     * Texts for a request Vaadin does not answer (a feed, an image, the embedded widget), in the
     * language it asks for: {@code ?lang=}, else the fan's chosen language, else the browser's.
     */
    public static Texts of(HttpServletRequest request, I18NProvider i18n) {
        return new Texts(LanguagePreference.of(request, i18n), i18n);
    }

    /** The language of this component's UI (or of the current UI, while it is being built). */
    public static Texts of(Component component) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        return new Texts(ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    public String get(String key, Object... params) {
        return provider == null ? I18NProvider.translate(locale, key, params)
                : provider.getTranslation(key, locale, params);
    }
}
