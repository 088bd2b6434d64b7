package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The kiosk heals itself: Encore runs as a separate process, is killed (SIGKILL, like kill -9) and
 * started again on the same port and database; the open kiosk, untouched by the test, shows current
 * data within 20 seconds.
 */
class KioskRecoveryTest {

    private static Chromium chromium;
    private static Path data;
    private static int port;
    private static Process encore;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        data = Files.createTempDirectory("encore-recovery");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (encore != null) {
            encore.destroyForcibly();
        }
        if (chromium != null) {
            chromium.close();
        }
        FileSystemUtils.deleteRecursively(data);
    }

    @Test
    void after_kill_9_and_a_restart_the_kiosk_shows_current_data_within_twenty_seconds_without_a_reload()
            throws Exception {
        encore = startEncore();
        try (BrowserContext screen = chromium.browser().newContext(new Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(1920, 1080));
                BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setLocale("en-US").setViewportSize(390, 844))) {
            Page kiosk = screen.newPage();
            kiosk.navigate(url("/kiosk?shows=goblin&rotate=60"));
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-label")).hasText("No forecasts yet");

            encore.destroyForcibly().waitFor();
            assertThat(kiosk.locator(".kiosk-connection")).hasText("Reconnecting…",
                    new LocatorAssertions.HasTextOptions().setTimeout(20_000));

            encore = startEncore();
            long restarted = System.nanoTime();
            Page fan = phone.newPage();
            fan.navigate(url("/shows/goblin"));
            Chromium.settle(fan);
            fan.getByLabel("Your odds (%)").fill("40");
            fan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
            assertThat(fan.locator(".your-forecast")).containsText("You said 40 %");

            double waited = (System.nanoTime() - restarted) / 1e9;
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-detail")).containsText("1 forecaster",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(Math.max(1000, (20 - waited) * 1000)));
            assertThat(kiosk.locator(".kiosk-connection")).hasText("Live");
        }
    }

    private static Process startEncore() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-cp", System.getProperty("java.class.path"), "app.encore.EncoreApplication",
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("encore"),
                "--logging.level.root=warn");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("encore.log").toFile())
                .start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Encore exited: " + Files.readString(data.resolve("encore.log")));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url("/kiosk"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Encore did not start in 90 s");
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }
}
