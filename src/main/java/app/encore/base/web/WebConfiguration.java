package app.encore.base.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The filters every request passes first, whichever part of Encore answers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @Value("${encore.security.frame-ancestors:}") String frameAncestors) {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(frameAncestors));
        registration.setName("securityHeaders");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        // Before Spring Security and everything else: a response refused there carries them too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    TrustedProxies trustedProxies(@Value("${encore.trusted-proxies:}") String proxies) {
        return new TrustedProxies(proxies);
    }

    @Bean
    FilterRegistrationBean<VaadinRequestGuard> vaadinRequestGuard() {
        var registration = new FilterRegistrationBean<>(new VaadinRequestGuard());
        registration.setName("vaadinRequestGuard");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LanguageVary> languageVary() {
        var registration = new FilterRegistrationBean<>(new LanguageVary());
        registration.setName("languageVary");
        registration.addUrlPatterns("/feeds/*", "/oembed", "/embed/*", "/og/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
