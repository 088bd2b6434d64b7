package app.encore.forecast.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.MultiUserTest;
import app.encore.support.PageText;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import app.encore.support.Windows;
import com.vaadin.browserless.BrowserlessUIContext;
import app.encore.base.ui.NativeNumberField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The network announces while fans have the show page open: they see it without reloading. */
@ExtendWith(TestShows.class)
class LiveOfficialStatusTest extends MultiUserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShowAdministration administration;

    @Test
    void when_an_admin_records_a_renewal_an_open_show_page_shows_it_and_closes_the_vote() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext fan = app.newUser().newWindow();
        CrowdOddsPanel panel = openShow(fan, show);
        panel.value.setValue(80);
        fan.test(panel.save).click();
        assertThat(panel.label.getText()).isEqualTo("Too few forecasters to call");

        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                "tvN confirms a second season", "https://tvn.example/season-2"));

        awaitPushed(fan, () -> PageText.of(fan.getCurrentView()).contains("Renewed"));
        assertThat(PageText.of(fan.getCurrentView())).contains("Official status: Renewed",
                "tvN confirms a second season");
        assertThat(PageText.of(panel)).contains("Renewed: the network confirmed a second season, so voting is closed.",
                "Your last forecast was 80 %.");
        assertThat(panel.label.getText()).as("the official word overrides the crowd's label").isEqualTo("Renewed");
        assertThat(fan.find(NativeNumberField.class).all()).as("no vote on a resolved question").isEmpty();
    }

    @Test
    void a_page_of_another_show_hears_nothing() throws Exception {
        TestShows.Created announced = TestShows.open(jdbc);
        TestShows.Created other = TestShows.open(jdbc);
        BrowserlessUIContext fan = app.newUser().newWindow();
        CrowdOddsPanel panel = openShow(fan, other);

        SignedIn.asAdmin(() -> administration.setOfficialStatus(announced.id(), OfficialStatus.CANCELLED,
                "The studio ends the story", "https://studio.example/final"));
        fan.activate();
        fan.getUI().getSession().getService().runPendingAccessTasks(fan.getUI().getSession());

        assertThat(PageText.of(fan.getCurrentView())).contains("No announcement").doesNotContain("No more seasons");
        assertThat(panel.value.isAttached()).isTrue();
    }

    private static CrowdOddsPanel openShow(BrowserlessUIContext window, TestShows.Created show) {
        return Windows.open(window, "shows/" + show.slug(), "").find(CrowdOddsPanel.class).single();
    }
}
