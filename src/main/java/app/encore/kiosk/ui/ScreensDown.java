package app.encore.kiosk.ui;

import app.encore.base.ui.DeskNotice;
import app.encore.base.ui.MenuBadge;
import app.encore.kiosk.Screens;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Registered screens that stopped reporting: a number beside "Screens" in the staff menu, and a
 * line at the head of the moderation desk, so staff at the desk hear of a dark screen at an event.
 */
@Component
class ScreensDown implements MenuBadge, DeskNotice {

    private final Screens screens;
    private final I18NProvider i18n;

    ScreensDown(Screens screens, I18NProvider i18n) {
        this.screens = screens;
        this.i18n = i18n;
    }

    @Override
    public String path() {
        return "admin/screens";
    }

    @Override
    public int count() {
        return screens.offline();
    }

    @Override
    public Optional<Notice> notice() {
        int offline = screens.offline();
        if (offline == 0) {
            return Optional.empty();
        }
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return Optional.of(new Notice(i18n.getTranslation(offline == 1 ? "screens.offline-one" : "screens.offline-many",
                locale, offline), path()));
    }
}
