package app.encore.base.ui;

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
            service.addSessionInitListener(sessionInit -> {
                var session = sessionInit.getSession();
                session.setErrorHandler(new MainErrorHandler());
                LanguagePreference.fromRequest(sessionInit.getRequest(), service.getInstantiator().getI18NProvider())
                        .ifPresent(session::setLocale);
            });
        };
    }
}
