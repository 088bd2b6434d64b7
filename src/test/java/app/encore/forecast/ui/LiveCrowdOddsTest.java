package app.encore.forecast.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.MultiUserTest;
import app.encore.support.TestShows;
import app.encore.support.Windows;
import com.vaadin.browserless.BrowserlessUIContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two fans on the same show page at once: one votes, the other sees it without reloading. */
@ExtendWith(TestShows.class)
class LiveCrowdOddsTest extends MultiUserTest {


    @Autowired
    JdbcClient jdbc;


    @Test
    void when_fan_a_votes_fan_b_sees_the_new_crowd_odds_on_the_open_page() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext fanB = app.newUser().newWindow();
        CrowdOddsPanel pageOfB = openShow(fanB, show);
        assertThat(pageOfB.label.getText()).isEqualTo("No forecasts yet");

        BrowserlessUIContext fanA = app.newUser().newWindow();
        CrowdOddsPanel pageOfA = openShow(fanA, show);
        pageOfA.value.setValue(20);
        fanA.test(pageOfA.save).click();

        awaitPushed(fanB, () -> pageOfB.figure.getText().equals("20 %"));
        assertThat(pageOfB.detail.getText()).endsWith("1 forecaster");
        assertThat(pageOfB.label.getText()).isEqualTo("Too few forecasters to call");

        pageOfB.value.setValue(80);
        fanB.test(pageOfB.save).click();

        awaitPushed(fanA, () -> pageOfA.detail.getText().endsWith("2 forecasters"));
        int median = Integer.parseInt(pageOfA.figure.getText().replace(" %", ""));
        assertThat(median).isBetween(21, 79);
    }

    private static CrowdOddsPanel openShow(BrowserlessUIContext window, TestShows.Created show) {
        return Windows.open(window, "shows/" + show.slug(), "").find(CrowdOddsPanel.class).single();
    }


}
