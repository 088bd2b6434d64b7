package app.encore.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * All user-visible text comes from {@code vaadin-i18n/translations*.properties}: English is the
 * default bundle, Korean follows it key for key.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Languages.SUPPORTED);
    }

    /** The languages Encore speaks, first one the default. */
    static final class Languages {
        static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

        private Languages() {
        }
    }
}
