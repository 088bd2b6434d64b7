package app.encore.base.ui;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-session setup: the error handler every UI shares and the fan's remembered language.
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration {

    @Bean
    VaadinServiceInitListener sessionSetup() {
        return serviceInit -> {
            var service = serviceInit.getSource();
            service.addSessionInitListener(sessionInit -> {
                var session = sessionInit.getSession();
                session.setErrorHandler(new MainErrorHandler());
                LanguagePreference.fromRequest(sessionInit.getRequest(), service.getInstantiator().getI18NProvider())
                        .ifPresent(session::setLocale);
            });
        };
    }
}
