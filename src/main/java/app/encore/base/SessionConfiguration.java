package app.encore.base;

import java.time.Duration;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.session.ManagerBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sessions that cost little: see {@link SessionLifetimes}. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    FilterRegistrationBean<SessionLifetimes> sessionLifetimes(
            @Value("${encore.session.visitor-timeout:5m}") Duration visitor,
            @Value("${server.servlet.session.timeout:30m}") Duration staff) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimes(visitor, staff));
        // Around Spring Security's filter chain (order -100), so it also sees the sessions that Spring
        // Security makes and answers itself (e.g. when it sends an unknown address to sign-in).
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * Tomcat looks for expired sessions every sixth background run by default, once a minute; with
     * sessions that last minutes that would keep dead ones for up to a minute longer. Look every run
     * (every ten seconds).
     */
    @Bean
    TomcatContextCustomizer expireSessionsPromptly() {
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType()) && context.getManager() instanceof ManagerBase manager) {
                manager.setProcessExpiresFrequency(1);
            }
        });
    }
}
