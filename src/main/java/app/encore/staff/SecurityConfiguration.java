package app.encore.staff;

import app.encore.staff.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Spring Security for a Vaadin app: Vaadin's configurer (its CSRF protection, the login view,
 * view access annotations) and method security on the services. The response headers are not
 * written here: {@code base.web.SecurityHeaders} writes them on every response before this chain
 * runs, so Spring Security's own header writers are off.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services use @Secured; views keep jakarta's @RolesAllowed, which Vaadin checks on navigation.
// (With JSR-250 method security on, Spring would also proxy the views themselves.)
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /**
     * What Encore offers other sites and machines over plain HTTP, open to all: the site's icons and
     * manifests, robots.txt and the sitemap, feeds, link-preview images, open data, oEmbed and the
     * short addresses registered screens print.
     */
    static final String[] OPEN_WEB = {"/styles/**", "/scripts/**", "/favicon.ico", "/favicon.svg", "/icons/**",
        "/manifest.webmanifest", "/kiosk.webmanifest", "/robots.txt", "/sitemap.xml", "/feeds/**", "/og/**",
        "/data/**", "/oembed", "/v/**"};

    /**
     * The embeddable widget ({@code /embed/**}): the one route any site may frame. Stateless (no
     * session, no saved request, nothing to forge: it only answers GETs).
     */
    @Bean
    @Order(1)
    SecurityFilterChain embedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/embed/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable());
        return http.build();
    }

    /**
     * What other sites and machines read ({@link #OPEN_WEB}): open to all and stateless, like the
     * widget. It only answers GETs, so a POST or a PUT reaches Spring MVC and is a 405, not a 403 from
     * a CSRF check or a redirect to the sign-in page; and it never starts a session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain openWebFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(OPEN_WEB)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.headers(headers -> headers.disable());
        // Encore's stylesheets and scripts (META-INF/resources) are public, like Vaadin's own, and so
        // is what other sites and machines read.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(OPEN_WEB).permitAll()
                // An error answer (a 404, a 405, a feed that failed) is shown as it is, never turned
                // into a redirect to the sign-in page.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // An address that is no page at all answers 404 with the error page, for anyone.
                .requestMatchers(request -> "GET".equals(request.getMethod())
                        && !vaadinRequests.isFrameworkInternalRequest(request)
                        && !vaadinRequests.isAnonymousRoute(request)
                        && !vaadinRequests.isSecuredFlowRoute(request)).permitAll());
        // What is not a page a browser navigates to (a form post, an upload, a fetch) and needs a
        // signed-in staff member is refused with 403, not redirected to a page it cannot follow.
        http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.FORBIDDEN),
                request -> !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())));
        // Remember where a visitor was going (a staff page, before signing in) in a cookie, not in a
        // session: an address that sends its visitor to sign in then leaves no session behind.
        http.requestCache(cache -> cache.requestCache(new CookieRequestCache()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt today, through the delegating encoder, so stored hashes can move to a newer algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
