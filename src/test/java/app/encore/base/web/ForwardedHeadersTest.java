package app.encore.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} change who Encore thinks a client is only
 * when they come from a proxy named in {@code encore.trusted-proxies}. The address a request is seen
 * from, and whether it is secure, are read back from a test-only endpoint.
 */
class ForwardedHeadersTest {

    @RestController
    static class ClientEcho {
        @GetMapping("/test-only/client")
        String client(HttpServletRequest request) {
            return request.getRemoteAddr() + " " + (request.isSecure() ? "https" : "http");
        }
    }

    @TestConfiguration
    @Import(ClientEcho.class)
    static class WithEcho {
    }

    static String seen(int port, String forwardedFor, String forwardedProto) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test-only/client"))
                        .header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", forwardedProto).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Nested
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = {app.encore.EncoreApplication.class, WithEcho.class})
    class WithNoProxyConfigured {

        @LocalServerPort
        int port;

        @Test
        void a_forged_client_address_and_scheme_from_a_peer_that_is_no_trusted_proxy_change_nothing() throws Exception {
            assertThat(seen(port, "203.0.113.7", "https")).isEqualTo("127.0.0.1 http");
            assertThat(seen(port, "10.0.0.9, 203.0.113.7", "https")).isEqualTo("127.0.0.1 http");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = {app.encore.EncoreApplication.class, WithEcho.class},
            properties = "encore.trusted-proxies=127.0.0.1")
    class BehindATrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void the_trusted_proxys_word_on_the_client_counts() throws Exception {
            assertThat(seen(port, "203.0.113.7", "https")).isEqualTo("203.0.113.7 https");
        }

        @Test
        void what_a_client_sent_before_the_proxy_appended_its_own_entry_cannot_be_chosen_instead() throws Exception {
            // A client claims 10.0.0.9; the proxy appends the address it really saw.
            assertThat(seen(port, "10.0.0.9, 203.0.113.7", "http")).isEqualTo("203.0.113.7 http");
        }
    }

    @Test
    void trusted_proxies_are_matched_as_exact_addresses_or_ranges_never_as_patterns() {
        assertThat(TrustedProxies.cidr("")).isEmpty();
        assertThat(TrustedProxies.cidr("127.0.0.1, ::1 10.0.0.0/8")).isEqualTo("127.0.0.1/32,::1/128,10.0.0.0/8");
    }
}
