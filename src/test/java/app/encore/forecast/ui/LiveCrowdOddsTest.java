package app.encore.forecast.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.TestShows;
import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two fans on the same show page at once: one votes, the other sees it without reloading. */
@ExtendWith(TestShows.class)
@SpringBootTest
class LiveCrowdOddsTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    private BrowserlessApplicationContext app;

    @BeforeEach
    void openApplication() {
        app = SpringBrowserlessApplicationContext.create(spring, "app.encore");
    }

    @AfterEach
    void closeApplication() {
        app.close();
        // The windows leave their session "current" on this thread; Vaadin's security context
        // strategy would then read later tests' users from it.
        com.vaadin.flow.internal.CurrentInstance.clearAll();
    }

    @Test
    void when_fan_a_votes_fan_b_sees_the_new_crowd_odds_on_the_open_page() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext fanB = app.newUser().newWindow();
        CrowdOddsPanel pageOfB = openShow(fanB, show);
        assertThat(pageOfB.label.getText()).isEqualTo("No forecasts yet");

        BrowserlessUIContext fanA = app.newUser().newWindow();
        CrowdOddsPanel pageOfA = openShow(fanA, show);
        fanA.test(pageOfA.value).setValue(20);
        fanA.test(pageOfA.save).click();

        fanB.activate();
        awaitOn(fanB, () -> pageOfB.figure.getText().equals("20 %"));
        assertThat(pageOfB.detail.getText()).endsWith("1 forecaster");
        assertThat(pageOfB.label.getText()).isEqualTo("Long shot");

        fanB.test(pageOfB.value).setValue(80);
        fanB.test(pageOfB.save).click();

        fanA.activate();
        awaitOn(fanA, () -> pageOfA.detail.getText().endsWith("2 forecasters"));
        int median = Integer.parseInt(pageOfA.figure.getText().replace(" %", ""));
        assertThat(median).isBetween(21, 79);
    }

    private static CrowdOddsPanel openShow(BrowserlessUIContext window, TestShows.Created show) {
        window.activate();
        window.getUI().setLocale(Locale.ENGLISH);
        window.getUI().navigate("shows/" + show.slug());
        return window.find(CrowdOddsPanel.class).single();
    }

    /** What a browser gets over the push connection: the UI.access tasks queued for this session. */
    private static void runPushedTasks(BrowserlessUIContext window) {
        VaadinSession session = window.getUI().getSession();
        session.getService().runPendingAccessTasks(session);
        window.roundTrip();
    }

    /** Lets the window run what the server pushed to it until the condition holds (2 s at most). */
    private static void awaitOn(BrowserlessUIContext window, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            runPushedTasks(window);
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        runPushedTasks(window);
        assertThat(condition.getAsBoolean()).as("the pushed update arrived within 2 s").isTrue();
    }
}
