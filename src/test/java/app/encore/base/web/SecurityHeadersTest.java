package app.encore.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every response Encore sends carries its security headers: a walk over every kind of route, as
 * anyone and as signed-in staff, small responses and large, pages and plain HTTP, redirects and
 * errors, Vaadin's own requests, static files, and a live widget stream.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "encore.security.frame-ancestors=https://cafe.example",
    "encore.trusted-proxies=127.0.0.1, ::1"})
class SecurityHeadersTest {

    static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;

    final HttpClient anyone = client();
    final HttpClient staff = client();

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Route(String method, String path, int status) {
    }

    static final List<Route> PAGES = List.of(
            new Route("GET", "/", 200),
            new Route("GET", "/?q=crash&sort=odds", 200),
            new Route("GET", "/shows/crash-landing-on-you", 200),
            new Route("GET", "/shows/goblin?lang=ko", 200),
            new Route("GET", "/kiosk", 200),
            new Route("GET", "/kiosk?embed=1&theme=light", 200),
            new Route("GET", "/leaderboard", 200),
            new Route("GET", "/record", 200),
            new Route("GET", "/track-record", 200),
            new Route("GET", "/me", 200),
            new Route("GET", "/login", 200),
            new Route("GET", "/nope", 404),
            new Route("GET", "/shows/no-such-show", 404),
            new Route("GET", "/shows/goblin/extra", 404));

    static final List<Route> STAFF_PAGES = List.of(
            new Route("GET", "/admin/moderation", 200),
            new Route("GET", "/admin/audit", 200),
            new Route("GET", "/admin/shows", 200),
            new Route("GET", "/admin/users", 200),
            new Route("GET", "/admin/bursts", 200),
            new Route("GET", "/admin/catalogue", 200),
            new Route("GET", "/admin/catalogue/import", 200));

    static final List<Route> PLAIN = List.of(
            new Route("GET", "/robots.txt", 200),
            new Route("GET", "/sitemap.xml", 200),
            new Route("GET", "/feeds/all.atom", 200),
            new Route("GET", "/feeds/shows/goblin.atom", 200),
            new Route("GET", "/feeds/shows/no-such-show.atom", 404),
            new Route("GET", "/og/goblin.png", 200),
            new Route("GET", "/data/shows/goblin/odds.csv", 200),
            new Route("GET", "/data/shows/goblin/odds.json", 200),
            new Route("GET", "/data/shows/no-such-show/odds.json", 404),
            new Route("GET", "/oembed?maxwidth=abc&url=x", 400),
            new Route("GET", "/favicon.svg", 200),
            new Route("GET", "/manifest.webmanifest", 200),
            new Route("GET", "/styles/encore.css", 200),
            new Route("GET", "/styles/no-such.css", 404),
            new Route("GET", "/catalogue.schema.json", 200));

    @Test
    void every_page_anyone_opens_carries_the_headers_and_a_nonce_on_each_of_its_scripts() throws Exception {
        for (Route route : PAGES) {
            HttpResponse<String> response = send(anyone, route.method(), route.path(), null);
            assertThat(response.statusCode()).as(route.path()).isEqualTo(route.status());
            assertGuarded(response, route.path());
            assertPagePolicy(response, route.path());
        }
    }

    @Test
    void small_pages_under_the_response_buffer_carry_the_same_headers_as_large_ones() throws Exception {
        HttpResponse<String> small = send(anyone, "GET", "/login", null);
        HttpResponse<String> large = send(anyone, "GET", "/", null);

        assertThat(small.body().length()).as("the sign-in page fits Tomcat's 8 KB buffer").isLessThan(8192);
        assertThat(large.body().length()).isGreaterThan(8192);
        for (String header : List.of("content-security-policy", "x-content-type-options", "referrer-policy",
                "permissions-policy", "cross-origin-opener-policy", "x-frame-options", "cache-control")) {
            assertThat(small.headers().firstValue(header)).as(header + " on the small page").isPresent();
            assertThat(large.headers().firstValue(header)).as(header + " on the large page").isPresent();
        }
    }

    @Test
    void staff_pages_carry_the_headers_when_they_redirect_to_sign_in_and_when_they_are_shown() throws Exception {
        for (Route route : STAFF_PAGES) {
            HttpResponse<String> refused = send(anyone, "GET", route.path(), null);
            assertThat(refused.statusCode()).as(route.path() + " for anyone").isEqualTo(302);
            assertGuarded(refused, route.path() + " for anyone");
        }
        HttpResponse<String> signIn = send(staff, "POST", "/login",
                "username=admin&password=" + URLEncoder.encode(System.getenv("ENCORE_ADMIN_PASSWORD"), StandardCharsets.UTF_8));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertGuarded(signIn, "signing in");
        for (Route route : STAFF_PAGES) {
            HttpResponse<String> page = send(staff, route.method(), route.path(), null);
            assertThat(page.statusCode()).as(route.path() + " for staff").isEqualTo(route.status());
            assertGuarded(page, route.path() + " for staff");
            assertPagePolicy(page, route.path() + " for staff");
        }
    }

    @Test
    void plain_http_answers_and_static_files_carry_the_headers_and_let_nothing_run() throws Exception {
        for (Route route : PLAIN) {
            HttpResponse<String> response = send(anyone, route.method(), route.path(), null);
            assertThat(response.statusCode()).as(route.path()).isEqualTo(route.status());
            assertGuarded(response, route.path());
            assertThat(response.headers().firstValue("content-security-policy")).as(route.path())
                    .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'")
                            .doesNotContain("script-src"));
        }
    }

    @Test
    void a_feed_or_a_file_keeps_its_own_caching_instead_of_the_default() throws Exception {
        HttpResponse<String> feed = send(anyone, "GET", "/feeds/all.atom", null);
        HttpResponse<String> page = send(anyone, "GET", "/", null);

        assertThat(feed.headers().allValues("cache-control")).containsExactly("max-age=60, public");
        assertThat(page.headers().allValues("cache-control")).containsExactly(SecurityHeaders.NO_STORE);
    }

    @Test
    void the_widget_may_be_framed_by_any_site_and_runs_nothing_inline_nor_eval() throws Exception {
        HttpResponse<String> widget = send(anyone, "GET", "/embed/goblin", null);

        assertGuarded(widget, "/embed/goblin");
        assertThat(widget.headers().firstValue("content-security-policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors *", "script-src 'self';").doesNotContain("unsafe"));
        assertThat(widget.headers().firstValue("x-frame-options")).isEmpty();
    }

    @Test
    void the_widgets_live_stream_carries_the_headers_from_its_first_byte() throws Exception {
        HttpResponse<java.io.InputStream> stream = anyone.send(HttpRequest.newBuilder(url("/embed/goblin/events"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertGuarded(stream, "/embed/goblin/events");
        } finally {
            stream.body().close();
        }
    }

    @Test
    void only_the_kiosk_may_be_framed_by_the_venues_in_configuration() throws Exception {
        HttpResponse<String> kiosk = send(anyone, "GET", "/kiosk?embed=1", null);
        HttpResponse<String> show = send(anyone, "GET", "/shows/goblin", null);

        assertThat(kiosk.headers().firstValue("content-security-policy")).hasValueSatisfying(policy ->
                assertThat(policy).endsWith("frame-ancestors 'self' https://cafe.example"));
        assertThat(kiosk.headers().firstValue("x-frame-options")).as("would stop the venue").isEmpty();
        assertThat(show.headers().firstValue("content-security-policy")).hasValueSatisfying(policy ->
                assertThat(policy).endsWith("frame-ancestors 'self'"));
        assertThat(show.headers().firstValue("x-frame-options")).hasValue("SAMEORIGIN");
    }

    @Test
    void vaadins_own_requests_carry_the_headers_and_malformed_ones_are_refused_with_a_400() throws Exception {
        send(anyone, "GET", "/shows/goblin", null);
        HttpResponse<String> garbage = send(anyone, "POST", "/?v-r=uidl&v-uiId=0", "not json at all");
        HttpResponse<String> badUi = send(anyone, "POST", "/?v-r=heartbeat&v-uiId=zz", "");
        HttpResponse<String> bundle = send(anyone, "GET", scriptOf(send(anyone, "GET", "/", null).body()), null);

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(badUi.statusCode()).isEqualTo(400);
        assertThat(bundle.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : List.of(garbage, badUi, bundle)) {
            assertGuarded(response, response.uri().toString());
        }
    }

    @Test
    void a_post_nobody_may_make_is_refused_with_a_status_not_a_redirect_to_sign_in() throws Exception {
        HttpResponse<String> upload = send(anyone, "POST",
                "/VAADIN/dynamic/resource/0/3f1c2a9e-1111-2222-3333-444455556666/upload", "hello");
        HttpResponse<String> data = send(anyone, "POST", "/data/shows/goblin/odds.csv", "x");

        for (HttpResponse<String> response : List.of(upload, data)) {
            assertThat(response.statusCode()).as(response.uri().toString()).isBetween(400, 499);
            assertThat(response.headers().firstValue("location")).isEmpty();
            assertGuarded(response, response.uri().toString());
        }
    }

    @Test
    void the_session_cookie_is_same_site_and_no_session_id_travels_in_an_address() throws Exception {
        HttpResponse<String> page = send(client(), "GET", "/kiosk", null);
        HttpResponse<String> staffPage = send(client(), "GET", "/admin/moderation", null);

        assertThat(page.headers().allValues("set-cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
        assertThat(staffPage.headers().firstValue("location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("jsessionid"));
    }

    @Test
    void hsts_is_sent_when_the_trusted_proxy_says_the_request_came_over_https() throws Exception {
        HttpResponse<String> overHttps = anyone.send(HttpRequest.newBuilder(url("/kiosk"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> overHttp = send(anyone, "GET", "/kiosk", null);

        assertThat(overHttps.headers().firstValue("strict-transport-security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(overHttp.headers().firstValue("strict-transport-security")).isEmpty();
    }

    private static void assertGuarded(HttpResponse<?> response, String what) {
        var headers = response.headers();
        assertThat(headers.firstValue("content-security-policy")).as(what + ": Content-Security-Policy")
                .hasValueSatisfying(policy -> assertThat(policy).doesNotContain("'unsafe-inline' 'unsafe-eval'")
                        .satisfies(p -> assertThat(scriptSources(p)).doesNotContain("'unsafe-inline'")));
        assertThat(headers.firstValue("x-content-type-options")).as(what + ": nosniff").hasValue("nosniff");
        assertThat(headers.firstValue("referrer-policy")).as(what + ": Referrer-Policy")
                .hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("permissions-policy")).as(what + ": Permissions-Policy")
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("cross-origin-opener-policy")).as(what).hasValue("same-origin");
        assertThat(headers.allValues("cache-control")).as(what + ": one Cache-Control").hasSize(1);
    }

    /** A page's scripts run only with the nonce its policy names, and every script of the page has it. */
    private static void assertPagePolicy(HttpResponse<String> response, String what) {
        String policy = response.headers().firstValue("content-security-policy").orElseThrow();
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(what + ": a nonce in " + policy).isTrue();
        List<Element> scripts = Jsoup.parse(response.body()).select("script:not([type=application/ld+json])");
        assertThat(scripts).as(what + ": its scripts").isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce.group(1)));
        assertThat(response.body()).as(what).doesNotContain(" onclick=", " onload=", " onerror=");
    }

    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }

    private static String scriptOf(String page) {
        Element bundle = Jsoup.parse(page).selectFirst("link[rel=modulepreload]");
        assertThat(bundle).as("the bundle's preload link").isNotNull();
        return "/" + bundle.attr("href").replaceFirst("^\\./", "");
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20));
        if ("POST".equals(method)) {
            request.header("Content-Type", path.contains("v-r=") ? "application/json" : "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        } else {
            request.GET();
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
