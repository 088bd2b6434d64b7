package app.encore.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every response Encore sends carries its security headers, written here and nowhere else, before
 * anything else runs: Vaadin's bootstrap pages and UIDL, the plain-HTTP endpoints, static files,
 * errors and redirects alike.
 * <p>
 * They are written first, not when the response commits (as Spring Security does), because Vaadin
 * answers a page address through a servlet forward, and Tomcat finishes a forwarded response itself:
 * a page small enough to fit the response buffer (under 8 KB) was sent before any later header
 * writer ran, and went out without its policy.
 * <ul>
 * <li><b>Content-Security-Policy</b>, by kind of response:
 * <ul>
 * <li>pages Vaadin runs on: scripts only from Encore and inline ones carrying this response's nonce
 * (no {@code 'unsafe-inline'}: {@link #NONCE} is set on each inline script of the page). They keep
 * {@code 'unsafe-eval'}: Vaadin Flow 25.2's client compiles the JavaScript the server sends
 * ({@code executeJs}, and the event-data expressions of every component listener) with the
 * {@code Function} constructor. Styles keep {@code 'unsafe-inline'} for Vaadin's components. Who may
 * frame a page: Encore itself, and for the kiosk the origins in {@code encore.security.frame-ancestors};</li>
 * <li>the widget ({@code /embed/**}): its own script and stylesheet, nothing inline, no eval, and
 * any site may frame it;</li>
 * <li>everything else (feeds, open data, images, oEmbed, robots, sitemap, static files): nothing may
 * run or load at all.</li>
 * </ul></li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin},
 * a {@code Permissions-Policy} that turns off the device features Encore never uses, and
 * {@code Cross-Origin-Opener-Policy: same-origin};</li>
 * <li>{@code Strict-Transport-Security} on HTTPS (as the trusted proxy reports it);</li>
 * <li>{@code X-Frame-Options: SAMEORIGIN} for browsers without {@code frame-ancestors}, except where
 * other sites may frame;</li>
 * <li>{@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate} unless the response
 * sets its own: a feed's or a static file's replaces it.</li>
 * </ul>
 */
public final class SecurityHeaders extends HttpFilter {

    /** The request attribute holding the nonce this response's inline scripts must carry. */
    public static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(),"
            + " magnetometer=(), microphone=(), payment=(), usb=()";
    static final String EMBED_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";
    static final String NOTHING_RUNS_POLICY = "default-src 'none'; img-src 'self'; style-src 'self';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    /** What other sites and machines read over plain HTTP: no script of a page runs there. */
    private static final Set<String> PLAIN_PREFIXES = Set.of("/feeds/", "/data/", "/og/", "/styles/", "/scripts/",
            "/icons/", "/lumo/", "/VAADIN/");
    private static final Set<String> PLAIN_PATHS = Set.of("/oembed", "/robots.txt", "/sitemap.xml", "/favicon.ico",
            "/favicon.svg", "/manifest.webmanifest", "/kiosk.webmanifest", "/catalogue.schema.json");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String venueAncestors;

    /** @param frameAncestors the origins, comma- or space-separated, that may frame the kiosk */
    public SecurityHeaders(String frameAncestors) {
        this.venueAncestors = origins(frameAncestors);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // An error or async dispatch of the same request finds its headers written already.
        if (!response.containsHeader("Content-Security-Policy")) {
            write(request, response);
        }
        chain.doFilter(request, new OwnCacheControl(response));
    }

    private void write(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        response.setHeader("Cache-Control", NO_STORE);
        if (path.startsWith("/embed/")) {
            response.setHeader("Content-Security-Policy", EMBED_POLICY);
            return;
        }
        if (isPlain(path)) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            return;
        }
        String nonce = (String) request.getAttribute(NONCE);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE, nonce);
        }
        boolean venuesMayFrame = !venueAncestors.isEmpty() && (path.equals("/kiosk") || path.startsWith("/kiosk/"));
        response.setHeader("Content-Security-Policy", pagePolicy(nonce, venuesMayFrame ? venueAncestors : ""));
        if (!venuesMayFrame) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
    }

    static String pagePolicy(String nonce, String venueAncestors) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval';"
                + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
                + " worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'self'" + (venueAncestors.isEmpty() ? "" : " " + venueAncestors);
    }

    /** Only well-formed origins: a malformed entry in configuration cannot widen the policy. */
    static String origins(String configured) {
        return Arrays.stream((configured == null ? "" : configured).split("[,\\s]+"))
                .map(String::strip)
                .filter(origin -> origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?"))
                .map(origin -> origin.toLowerCase(Locale.ROOT))
                .distinct()
                .collect(Collectors.joining(" "));
    }

    private static boolean isPlain(String path) {
        return PLAIN_PATHS.contains(path) || PLAIN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original instanceof String value ? value : request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        int parameters = path.indexOf(';');
        return parameters >= 0 ? path.substring(0, parameters) : path;
    }

    /**
     * The default {@code Cache-Control} above gives way to the first one the application sets: a
     * controller adds its own header (Spring MVC writes headers with {@code addHeader}), which then
     * replaces the default instead of joining it.
     */
    private static final class OwnCacheControl extends HttpServletResponseWrapper {

        private boolean defaultReplaced;

        OwnCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name) && !defaultReplaced) {
                defaultReplaced = true;
                super.setHeader(name, value);
                return;
            }
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                defaultReplaced = true;
            }
            super.setHeader(name, value);
        }
    }
}
