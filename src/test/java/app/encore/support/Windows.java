package app.encore.support;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Browserless windows for tests and benchmarks with many users: open them, run their push, weigh the heap. */
public final class Windows {

    private Windows() {
    }

    /** One new English-speaking user's window on this route. */
    public static BrowserlessUIContext open(BrowserlessApplicationContext app, String route) {
        return open(app.newUser().newWindow(), route, "");
    }

    /** This window, in English, on this route. */
    public static BrowserlessUIContext open(BrowserlessUIContext window, String route, String query) {
        window.activate();
        window.getUI().setLocale(Locale.ENGLISH);
        window.getUI().navigate(route, QueryParameters.fromString(query));
        window.roundTrip();
        return window;
    }

    /** Many users, each with a window on this route. */
    public static List<BrowserlessUIContext> open(BrowserlessApplicationContext app, int count, String route,
            String query) {
        List<BrowserlessUIContext> windows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            windows.add(open(app.newUser().newWindow(), route, query));
        }
        return windows;
    }

    /** What push does for a real browser: run the UI updates queued for this window's session, take them. */
    public static void pump(BrowserlessUIContext window) {
        window.activate();
        VaadinSession session = window.getUI().getSession();
        session.getService().runPendingAccessTasks(session);
        window.roundTrip();
    }

    /** The heap in use after full collections. */
    public static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
