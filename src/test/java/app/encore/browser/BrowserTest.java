package app.encore.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Encore on a random port and one Chromium per test class, with fresh browser contexts per fan.
 * Whatever a test does, no page may break its Content-Security-Policy: Chromium reports each
 * violation on the console, and a test with one fails.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static Chromium chromium;

    /** What pages of this test reported breaking their policy. */
    final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @AfterEach
    void noPageBrokeItsContentSecurityPolicy() {
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** A new browser profile (its own cookies: a different fan) in English at the given size. */
    BrowserContext context(int width, int height) {
        return context("en-US", width, height);
    }

    BrowserContext context(String locale, int width, int height) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(width, height));
        watchPolicy(context);
        return context;
    }

    /** Collects the policy violations the context's pages report (for contexts a test makes itself). */
    void watchPolicy(BrowserContext context) {
        context.onPage(page -> page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        }));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
