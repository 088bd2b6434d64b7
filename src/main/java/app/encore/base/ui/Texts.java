package app.encore.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * User-visible text in one language, through Vaadin's {@link I18NProvider}: for markup built outside
 * a component's own {@code getTranslation}, such as a page's first response or HTML that a view
 * shows as one element.
 */
public record Texts(Locale locale) {

    /** The language of this component's UI (or of the current UI, while it is being built). */
    public static Texts of(Component component) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        return new Texts(ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    public String get(String key, Object... params) {
        return I18NProvider.translate(locale, key, params);
    }
}
