package app.encore.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-session setup: the error handler every UI shares and the fan's remembered language; and the
 * escaping of the first view's state in the page (see {@link InlineStateEscaping}).
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration {

    @Bean
    VaadinServiceInitListener sessionSetup() {
        return serviceInit -> {
            var service = serviceInit.getSource();
            serviceInit.addIndexHtmlRequestListener(new InlineStateEscaping());
            // After a server restart the old session is gone: reload quietly instead of asking a
            // click ("Session expired") that nobody at an unattended kiosk could give.
            service.setSystemMessagesProvider(info -> {
                var messages = new CustomizedSystemMessages();
                messages.setSessionExpiredNotificationEnabled(false);
                return messages;
            });
            service.addSessionInitListener(sessionInit -> {
                var session = sessionInit.getSession();
                session.setErrorHandler(new MainErrorHandler());
                LanguagePreference.fromRequest(sessionInit.getRequest(), service.getInstantiator().getI18NProvider())
                        .ifPresent(session::setLocale);
            });
        };
    }
}
