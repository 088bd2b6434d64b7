package app.encore.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What shared caches and browsers read off Encore's cacheable answers: the ones whose language comes
 * from the browser say they vary with it, and the manifests are served as manifests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CacheableAnswersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "ko").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answers_in_the_browsers_language_vary_with_it_so_a_cache_never_mixes_languages() throws Exception {
        for (String path : List.of("/feeds/all.atom", "/feeds/shows/crash-landing-on-you.atom", "/embed/crash-landing-on-you",
                "/oembed?url=" + "http://localhost:" + port + "/shows/crash-landing-on-you", "/og/crash-landing-on-you.png")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // Header names are case-insensitive, in Vary too (Spring writes them in lower case when it merges).
            assertThat(String.join(",", response.headers().allValues("Vary"))).as(path + " Vary")
                    .containsIgnoringCase("Accept-Language").containsIgnoringCase("Cookie");
        }
    }

    @Test
    void the_manifests_are_served_as_web_app_manifests() throws Exception {
        for (String path : List.of("/manifest.webmanifest", "/kiosk.webmanifest")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/manifest+json"));
        }
    }

    @Test
    void a_korean_feed_is_a_feed_of_its_own_with_its_own_id_address_and_language() throws Exception {
        String korean = get("/feeds/all.atom?lang=ko").body();
        String english = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/feeds/all.atom")).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString()).body();

        var ko = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(korean.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getDocumentElement();
        var en = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(english.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(ko.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("ko");
        assertThat(en.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
        String koId = ko.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent();
        String enId = en.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent();
        assertThat(koId).isNotEqualTo(enId).endsWith("?lang=ko");
        assertThat(korean).contains("rel=\"self\"").contains("/feeds/all.atom?lang=ko\"");
    }

    @Test
    void every_page_names_its_charset_in_its_first_1024_bytes_and_its_base_before_any_script_or_link() throws Exception {
        for (String path : List.of("/", "/shows/crash-landing-on-you", "/kiosk", "/record", "/leaderboard", "/me",
                "/nope")) {
            byte[] page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            String head = new String(page, 0, Math.min(page.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                    .toLowerCase(java.util.Locale.ROOT);
            assertThat(head).as(path + ": <meta charset> in the first 1,024 bytes").contains("<meta charset=");
            String html = new String(page, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
            int base = html.indexOf("<base ");
            if (base >= 0) {
                int script = html.indexOf("<script");
                int link = html.indexOf("<link");
                assertThat(script < 0 || base < script).as(path + ": <base> before the first script").isTrue();
                assertThat(link < 0 || base < link).as(path + ": <base> before the first link").isTrue();
            }
        }
    }

    @Test
    void oembed_takes_the_pages_language_treats_its_sizes_as_limits_and_refuses_what_is_no_number() throws Exception {
        String page = "http://localhost:" + port + "/shows/crash-landing-on-you";
        var korean = get("/oembed?url=" + java.net.URLEncoder.encode(page + "?lang=ko", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(korean.statusCode()).isEqualTo(200);
        assertThat(korean.body()).contains("시즌 2").contains("lang=ko");
        String english = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/oembed?url=" + java.net.URLEncoder.encode(page + "?lang=en", java.nio.charset.StandardCharsets.UTF_8)
                + "&maxwidth=300")).header("Accept-Language", "ko").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(english).as("the address's language wins over the browser's").contains("Will Crash Landing on You get");
        assertThat(english).contains("\"width\":300");

        assertThat(get("/oembed?url=" + page + "&maxwidth=100").statusCode()).as("narrower than the widget can be")
                .isEqualTo(404);
        var notANumber = get("/oembed?url=" + page + "&maxwidth=wide");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.headers().firstValue("Location")).as("never a way to the sign-in page").isEmpty();
    }

    @Test
    void a_post_to_what_only_answers_gets_is_a_405_never_a_way_to_the_sign_in_page() throws Exception {
        for (String path : List.of("/data/shows/crash-landing-on-you/odds.json", "/feeds/all.atom", "/sitemap.xml",
                "/og/crash-landing-on-you.png")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("POST " + path).isEqualTo(405);
            assertThat(response.headers().firstValue("Location")).as("POST " + path).isEmpty();
            assertThat(response.headers().allValues("Set-Cookie")).as("POST " + path + " starts no session")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }
}
