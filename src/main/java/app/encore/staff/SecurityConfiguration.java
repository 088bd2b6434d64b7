package app.encore.staff;

import app.encore.staff.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Spring Security for a Vaadin app: Vaadin's configurer (its CSRF protection, the login view,
 * view access annotations), method security on the services, and the response headers.
 * <p>
 * The Content-Security-Policy is as strict as Vaadin Flow allows: its client runs server-sent
 * JavaScript ({@code executeJs}) and sets inline styles, so scripts need 'unsafe-eval' and styles
 * 'unsafe-inline'; everything else comes from this origin only. ALTCHA solves its puzzle in a
 * worker started from a blob. Who may frame Encore (the kiosk's hosts) comes from
 * {@code encore.security.frame-ancestors}. HSTS is sent on HTTPS requests (Spring Security's
 * default), and X-Content-Type-Options: nosniff on all.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services use @Secured; views keep jakarta's @RolesAllowed, which Vaadin checks on navigation.
// (With JSR-250 method security on, Spring would also proxy the views themselves.)
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /**
     * What Encore offers other sites and machines over plain HTTP, open to all: the site's icons and
     * manifests, robots.txt and the sitemap, feeds, link-preview images, open data and oEmbed.
     */
    static final String[] OPEN_WEB = {"/styles/**", "/scripts/**", "/favicon.ico", "/favicon.svg", "/icons/**",
        "/manifest.webmanifest", "/kiosk.webmanifest", "/robots.txt", "/sitemap.xml", "/feeds/**", "/og/**",
        "/data/**", "/oembed"};

    /**
     * The embeddable widget ({@code /embed/**}): the one route any site may frame. Stateless (no
     * session, no saved request, nothing to forge: it only answers GETs), with a policy of its own
     * that allows its own script and stylesheet and nothing inline.
     */
    @Bean
    @Order(1)
    SecurityFilterChain embedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/embed/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(EMBED_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.disable()));
        return http.build();
    }

    static final String EMBED_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${encore.security.frame-ancestors:}") String frameAncestors) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(frameAncestors)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // frame-ancestors in the CSP decides who may frame us; X-Frame-Options cannot list origins.
                .frameOptions(frame -> frame.disable()));
        // Encore's stylesheets and scripts (META-INF/resources) are public, like Vaadin's own, and so
        // is what other sites and machines read.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(OPEN_WEB).permitAll());
        // Remember where a visitor was going (a staff page, before signing in) in a cookie, not in a
        // session: an address that sends its visitor to sign in then leaves no session behind.
        http.requestCache(cache -> cache.requestCache(new CookieRequestCache()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    static String contentSecurityPolicy(String frameAncestors) {
        String ancestors = Arrays.stream(frameAncestors.split("[,\\s]+"))
                .map(String::strip)
                .filter(origin -> origin.matches("https?://[A-Za-z0-9.:-]+"))
                .collect(Collectors.joining(" "));
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:;"
                + " object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'self'" + (ancestors.isEmpty() ? "" : " " + ancestors);
    }

    /** bcrypt today, through the delegating encoder, so stored hashes can move to a newer algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
