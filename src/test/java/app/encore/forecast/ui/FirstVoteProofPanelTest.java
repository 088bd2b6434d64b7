package app.encore.forecast.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ui.AltchaWidget;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new fan's first vote carries a proof of work, solved in the browser while they pick their odds. */
@ExtendWith(TestShows.class)
@SpringBootTest(properties = "encore.forecast.first-vote-proof=true")
class FirstVoteProofPanelTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_new_fan_who_saves_before_the_check_is_done_is_told_to_wait_and_the_vote_is_saved_once_it_is() {
        TestShows.Created show = TestShows.open(jdbc);
        CrowdOddsPanel panel = open(show);
        assertThat(panel.challenge).as("no proof of work, nor its script, until the fan touches the vote").isNull();

        panel.value.setValue(72);
        test(panel.save).click();

        assertThat(panel.problem.getText()).startsWith("One moment: your browser is checking");
        assertThat(panel.problem.hasClassName("form-wait")).as("a wait, not shown as a problem").isTrue();
        assertThat(panel.yours.getText()).isEqualTo("You haven’t given your odds yet.");
        AltchaWidget challenge = panel.challenge;
        assertThat(challenge).isNotNull();

        verified(challenge, ProofOfWorkSolver.solve(challenge.getElement().getAttribute("challengejson")));

        assertThat(panel.yours.getText()).isEqualTo("You said 72 %, just now.");
        assertThat(panel.problem.isVisible()).isFalse();
        assertThat(panel.challenge).as("a fan who voted needs no more proof").isNull();
    }

    @Test
    void a_proof_that_does_not_check_out_is_refused_with_the_odds_kept_and_a_new_challenge() {
        TestShows.Created show = TestShows.open(jdbc);
        CrowdOddsPanel panel = open(show);
        panel.addChallenge();
        AltchaWidget challenge = panel.challenge;
        String first = challenge.getElement().getAttribute("challengejson");
        verified(challenge, "eyJmb3JnZWQiOnRydWV9");

        panel.value.setValue(64);
        test(panel.save).click();

        assertThat(panel.problem.getText()).startsWith("Your browser could not finish checking");
        assertThat(panel.problem.hasClassName("form-wait")).isFalse();
        assertThat(panel.value.getValue()).isEqualTo(64);
        assertThat(challenge.getElement().getAttribute("challengejson")).isNotEqualTo(first);
        assertThat(challenge.payload()).isNull();
    }

    private static void verified(AltchaWidget widget, String payload) {
        ComponentUtil.fireEvent(widget, new AltchaWidget.StateChange(widget, true, "verified", payload));
    }

    private CrowdOddsPanel open(TestShows.Created show) {
        UI.getCurrent().navigate("shows/" + show.slug());
        return $(CrowdOddsPanel.class).single();
    }
}
