package app.encore.base.ui;

import app.encore.base.PublicUrl;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-session setup: the error handler every UI shares and the fan's remembered language; the
 * page's first response (see {@link FirstResponse}), painted before Encore's script runs
 * ({@link PaintBeforeScript}); and the escaping of a first view's state in the
 * page should eager server load ever be turned on (see {@link InlineStateEscaping}).
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration {

    /** Vaadin looks this up among Spring's beans before its own default (see {@link RememberedMisses}). */
    @Bean
    StaticFileHandlerFactory staticFiles() {
        return service -> service.getDeploymentConfiguration().isProductionMode()
                ? new RememberedMisses(new StaticFileServer(service))
                : new StaticFileServer(service);
    }

    @Bean
    VaadinServiceInitListener sessionSetup(ObjectProvider<FirstPaint> pages, I18NProvider i18n, PublicUrl publicUrl) {
        return serviceInit -> {
            var service = serviceInit.getSource();
            serviceInit.addIndexHtmlRequestListener(new FirstResponse(pages.orderedStream().toList(), i18n, publicUrl));
            serviceInit.addIndexHtmlRequestListener(new PaintBeforeScript());
            serviceInit.addIndexHtmlRequestListener(new InlineStateEscaping());
            serviceInit.addIndexHtmlRequestListener(new ScriptNonces());
            serviceInit.addIndexHtmlRequestListener(new HeadOrder());
            // A page whose server no longer has it (a restart, or a node that died behind the proxy):
            // fans are told and reload; kiosks reload quietly.
            service.setSystemMessagesProvider(new PageEndedMessages(i18n));
            service.addSessionInitListener(sessionInit -> {
                var session = sessionInit.getSession();
                session.setErrorHandler(new MainErrorHandler());
                LanguagePreference.fromRequest(sessionInit.getRequest(), service.getInstantiator().getI18NProvider())
                        .ifPresent(session::setLocale);
            });
            // An address in a language of its own (?lang=ko) is shown in it, before the view is built.
            service.addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(enter ->
                    LanguagePreference.fromQuery(enter.getLocation().getQueryParameters().getParameters(), i18n)
                            .filter(locale -> !locale.equals(enter.getUI().getLocale()))
                            .ifPresent(locale -> enter.getUI().setLocale(locale))));
        };
    }
}
