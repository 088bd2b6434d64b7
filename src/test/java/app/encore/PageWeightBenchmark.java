package app.encore;

import app.encore.support.Windows;
import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * How much heap one open page costs the server ({@code bench/pages.sh}, or {@code ./mvnw -Pbench
 * test -Dtest=PageWeightBenchmark}). For the show page, the show list and the kiosk it opens 200
 * browserless windows (the real views and services, without browsers) and prints the retained heap
 * per UI after a full GC, less the same number of windows on the sign-in page: that baseline is
 * the session and window the UI lives in, which every page shares. It asserts nothing.
 */
@SpringBootTest(properties = "logging.level.root=warn")
class PageWeightBenchmark {

    static final int WINDOWS = Integer.getInteger("bench.windows", 200);

    @Autowired
    ApplicationContext spring;

    private final List<String> report = new ArrayList<>();

    @Test
    void page_weight_benchmark() throws Exception {
        say("Encore page weight — %d windows per page, max heap %d MiB, %s", WINDOWS,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        try (BrowserlessApplicationContext app = SpringBrowserlessApplicationContext.create(spring, "app.encore")) {
            // Warm up every page once, so class loading and caches are not counted.
            for (String route : List.of("login", "", "shows/crash-landing-on-you", "kiosk")) {
                open(app, 5, route, "");
            }
            long empty = usedAfterGc();
            List<BrowserlessUIContext> baseline = open(app, WINDOWS, "login", "");
            long session = usedAfterGc() - empty;
            say("session and window (measured on the sign-in page): %.1f KB each", session / 1024.0 / WINDOWS);
            weigh(app, "show page (/shows/crash-landing-on-you)", "shows/crash-landing-on-you", "", 100);
            weigh(app, "show list (/)", "", "", 60);
            weigh(app, "kiosk (/kiosk, the default six shows)", "kiosk", "", 50);
            baseline.forEach(BrowserlessUIContext::close);
        }
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "pages.txt"), report);
    }

    private void weigh(BrowserlessApplicationContext app, String name, String route, String query, int goalKb)
            throws InterruptedException {
        long before = usedAfterGc();
        List<BrowserlessUIContext> windows = open(app, WINDOWS, route, query);
        long after = usedAfterGc();
        say("%s: %.1f KB per UI   [goal <= %d KB]", name, (after - before) / 1024.0 / WINDOWS, goalKb);
        windows.forEach(BrowserlessUIContext::close);
    }

    /** The windows, with whatever their pages pushed at once already taken, as a browser would. */
    private static List<BrowserlessUIContext> open(BrowserlessApplicationContext app, int count, String route,
            String query) {
        List<BrowserlessUIContext> windows = Windows.open(app, count, route, query);
        windows.forEach(Windows::pump);
        return windows;
    }

    private static long usedAfterGc() throws InterruptedException {
        return Windows.usedHeapAfterGc();
    }

    private void say(String format, Object... args) {
        String line = String.format(format, args);
        report.add(line);
        System.out.println("BENCH " + line);
    }
}
