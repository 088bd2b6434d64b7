package app.encore.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * One button per language Encore speaks, the current one pressed. Choosing a language re-renders the
 * current page in place and remembers the choice in a cookie for the next visit.
 */
final class LanguageSwitch extends Div {

    LanguageSwitch() {
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("layout.language"));
        Locale current = UI.getCurrent().getLocale();
        for (Locale locale : VaadinService.getCurrent().getInstantiator().getI18NProvider().getProvidedLocales()) {
            var button = new NativeButton(getTranslation("language." + locale.getLanguage()));
            button.addClassNames("button", "button-tertiary");
            button.getElement().setAttribute("lang", locale.toLanguageTag());
            boolean pressed = locale.getLanguage().equals(current.getLanguage());
            button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            button.addClickListener(click -> choose(locale));
            add(button);
        }
    }

    private static void choose(Locale locale) {
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().setLocale(locale);
        LanguagePreference.remember(ui, locale);
        ui.refreshCurrentRoute(true);
    }
}
