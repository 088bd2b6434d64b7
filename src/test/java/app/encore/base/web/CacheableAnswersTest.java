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
}
