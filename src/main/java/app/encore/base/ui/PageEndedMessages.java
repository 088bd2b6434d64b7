package app.encore.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;

/**
 * What a page says when the server no longer has it: after a restart, or when its node died and the
 * proxy sent the browser to another. A fan is told that what they saved is safe and what they typed
 * since must be entered again, and reloads with a click, Enter or Esc. A kiosk, which nobody
 * watches with a keyboard, reloads at once without a word.
 * <p>
 * Vaadin asks for these messages when it starts a page (the request then names the page's address),
 * and the browser keeps them for when the server answers that the page has ended.
 */
final class PageEndedMessages implements SystemMessagesProvider {

    private final I18NProvider i18n;

    PageEndedMessages(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        var messages = new CustomizedSystemMessages();
        if (isKiosk(info.getRequest())) {
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        }
        Locale locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(i18n.getTranslation("page.ended.title", locale));
        messages.setSessionExpiredMessage(i18n.getTranslation("page.ended.text", locale));
        return messages;
    }

    /** Whether the page being started, or asking, is a kiosk: {@code /kiosk}, with or without a query. */
    static boolean isKiosk(VaadinRequest request) {
        if (request == null) {
            return false;
        }
        String location = request.getParameter("location");
        String path = location != null ? location : request.getPathInfo();
        if (path == null) {
            return false;
        }
        String route = path.startsWith("/") ? path.substring(1) : path;
        return route.equals("kiosk") || route.startsWith("kiosk?") || route.startsWith("kiosk/");
    }
}
