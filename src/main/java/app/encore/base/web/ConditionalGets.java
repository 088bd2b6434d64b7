package app.encore.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Feed readers, crawlers and data tools ask again and again for answers that rarely change. Each
 * answer of these addresses carries an ETag (a digest of its body, Spring's
 * {@link ShallowEtagHeaderFilter}); asked again with {@code If-None-Match}, an unchanged answer is a
 * bodiless 304. The answer is still built (these are cheap), but not sent again over a slow line.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalGets {

    static final String[] ADDRESSES = {"/feeds/*", "/sitemap.xml", "/robots.txt", "/data/*", "/oembed"};

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(ADDRESSES);
        registration.setName("conditionalGets");
        return registration;
    }
}
