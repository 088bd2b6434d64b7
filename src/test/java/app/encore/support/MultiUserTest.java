package app.encore.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Several browserless users at once in the real Spring context, and a way to wait for push. */
@SpringBootTest
public abstract class MultiUserTest {

    @Autowired
    protected ApplicationContext spring;

    protected BrowserlessApplicationContext app;

    @BeforeEach
    void openApplication() {
        app = SpringBrowserlessApplicationContext.create(spring, "app.encore");
    }

    @AfterEach
    void closeApplication() {
        app.close();
        // The windows leave their session "current" on this thread; Vaadin's security context
        // strategy would then read later tests' users from it.
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }

    /**
     * Runs what the server pushed to this window (its queued UI.access tasks) until the condition
     * holds, two seconds at most.
     */
    protected static void awaitPushed(BrowserlessUIContext window, BooleanSupplier condition) throws InterruptedException {
        awaitPushed(window, condition, 2);
    }

    /** As {@link #awaitPushed(BrowserlessUIContext, BooleanSupplier)}, waiting {@code seconds} at most. */
    protected static void awaitPushed(BrowserlessUIContext window, BooleanSupplier condition, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (true) {
            window.activate();
            VaadinSession session = window.getUI().getSession();
            session.getService().runPendingAccessTasks(session);
            window.roundTrip();
            if (condition.getAsBoolean() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("the pushed update arrived within " + seconds + " s").isTrue();
    }
}
