package app.encore.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Encore on a random port and one Chromium per test class, with fresh browser contexts per fan. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static Chromium chromium;

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
        return chromium.browser().newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(width, height));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
