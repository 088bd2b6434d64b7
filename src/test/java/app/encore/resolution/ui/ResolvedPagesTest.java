package app.encore.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ui.NativeNumberField;
import app.encore.fan.Fans;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.MultiUserTest;
import app.encore.support.PageText;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import app.encore.support.Windows;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What fans see once a question resolves: on the show page, their track record and the public pages. */
@ExtendWith(TestShows.class)
class ResolvedPagesTest extends MultiUserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShowAdministration administration;

    @Test
    void an_open_show_page_shows_how_often_dramas_like_it_got_a_season_2() {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext fan = Windows.open(app, "shows/" + show.slug());

        String text = PageText.of(fan.getCurrentView());
        assertThat(text).contains("How often dramas like it got a season 2", "All dramas Encore knows:",
                "got a season 2 (", "a hand-picked list where famous sequels are over-represented");
    }

    @Test
    void fans_with_the_page_open_see_the_outcome_and_their_own_score_when_the_question_resolves() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext sure = Windows.open(app, "shows/" + show.slug());
        BrowserlessUIContext doubtful = Windows.open(app, "shows/" + show.slug());
        BrowserlessUIContext reader = Windows.open(app, "shows/" + show.slug());
        vote(sure, 80);
        vote(doubtful, 20);

        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                "tvN confirms a second season", "https://tvn.example/season-2"));

        awaitPushed(sure, () -> PageText.of(sure.getCurrentView()).contains("Your Brier score"));
        awaitPushed(doubtful, () -> PageText.of(doubtful.getCurrentView()).contains("Your Brier score"));
        awaitPushed(reader, () -> PageText.of(reader.getCurrentView()).contains("Resolved YES"));
        assertThat(PageText.of(sure.getCurrentView())).contains("Resolved YES: renewed for season 2",
                "Your forecast when the network announced: 80 %.", "Your Brier score 0.040",
                "You did better than the crowd");
        assertThat(PageText.of(doubtful.getCurrentView())).contains("Your forecast when the network announced: 20 %.",
                "Your Brier score 0.640", "The crowd did better than you");
        assertThat(PageText.of(reader.getCurrentView())).contains("Just before the announcement the crowd said",
                "You made no forecast before the announcement").doesNotContain("How often dramas like it");

        Windows.open(sure, "track-record", "");
        assertThat(PageText.of(sure.getCurrentView())).contains("Your track record", show.title(),
                "80 % from", "1 resolved question");
        Windows.open(reader, "track-record", "");
        assertThat(PageText.of(reader.getCurrentView())).contains("None of the questions you forecast has resolved yet");
    }

    @Test
    void the_leaderboard_and_the_crowds_record_explain_their_rules_and_list_their_sources() {
        BrowserlessUIContext fan = Windows.open(app, "leaderboard");
        assertThat(PageText.of(fan.getCurrentView())).contains("Leaderboard", "at least 3 resolved questions",
                "Scores equal to three decimals share a rank");
        assertThat(fan.getUI().getInternals().getTitle()).isEqualTo("Leaderboard · Encore");

        Windows.open(fan, "record", "");
        assertThat(PageText.of(fan.getCurrentView())).contains("The crowd’s record", "Dramas the base rates count",
                "Squid Game", "Wikipedia: Squid Game", "Descendants of the Sun",
                "How the crowd odds are computed", "weigh together as one fan", "Too few forecasters to call");
        assertThat(fan.getUI().getInternals().getTitle()).isEqualTo("The crowd’s record · Encore");
    }

    private static void vote(BrowserlessUIContext window, int percent) {
        window.activate();
        window.find(NativeNumberField.class).single().setValue(percent);
        window.test(window.find(NativeButton.class).withId("odds-save").single()).click();
    }
}
