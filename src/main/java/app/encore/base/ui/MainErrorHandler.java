package app.encore.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place unexpected errors end up: logged in full for us, a short notification for the fan,
 * never a stack trace in the browser.
 */
final class MainErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        log.error("Unexpected error in the UI", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (ui.getSession().hasLock()) {
            notify(ui);
        } else {
            ui.access(() -> notify(ui));
        }
    }

    private static void notify(UI ui) {
        var notification = new Notification(ui.getTranslation("error.unexpected"), 6000,
                Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }
}
