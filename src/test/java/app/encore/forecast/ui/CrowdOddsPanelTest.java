package app.encore.forecast.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.support.PageText;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(TestShows.class)
@SpringBootTest
class CrowdOddsPanelTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_fan_gives_their_odds_and_sees_what_they_said_and_the_crowd_move() {
        TestShows.Created show = TestShows.open(jdbc);
        CrowdOddsPanel panel = open(show);
        assertThat(panel.label.getText()).isEqualTo("No forecasts yet");

        panel.value.setValue(80);
        test(panel.save).click();

        assertThat(panel.yours.getText()).isEqualTo("You said 80 %, just now.");
        assertThat(panel.figure.getText()).isEqualTo("80 %");
        assertThat(panel.label.getText()).as("a crowd of one gets no word").isEqualTo("Too few forecasters to call");
        assertThat(panel.detail.getText()).isEqualTo("Middle half of fans: 80–80 % · 1 forecaster");
        assertThat(panel.slider.getValue()).isEqualTo(80.0);
        assertThat(panel.histogram.getElement().getAttribute("aria-label")).contains("80–89 %: 1");
        assertThat(PageText.select(panel.histogram, ".histogram-bar").get(8).attr("style")).isEqualTo("height: 100%");
        assertThat(VaadinSession.getCurrent().getAttribute(FanId.class)).isNotNull();
    }

    @Test
    void moving_the_slider_fills_in_the_number() {
        CrowdOddsPanel panel = open(TestShows.open(jdbc));

        test(panel.slider).setValue(35.0);

        assertThat(panel.value.getValue()).isEqualTo(35);
    }

    @Test
    void a_value_outside_zero_to_one_hundred_is_refused_beside_the_field_and_kept() {
        TestShows.Created show = TestShows.open(jdbc);
        CrowdOddsPanel panel = open(show);

        // The browser lets a fan type 150 (the field only marks it), and sends it as typed.
        panel.value.setValue(150);
        test(panel.save).click();

        assertThat(panel.value.isInvalid()).isTrue();
        assertThat(panel.value.getErrorMessage()).isEqualTo("Enter a whole number from 0 to 100.");
        assertThat(panel.value.getValue()).isEqualTo(150);
        assertThat(panel.yours.getText()).isEqualTo("You haven’t given your odds yet.");

        panel.value.setValue(90);
        test(panel.save).click();
        assertThat(panel.value.isInvalid()).isFalse();
        assertThat(panel.yours.getText()).startsWith("You said 90 %");
    }

    @Test
    void an_empty_value_is_refused_beside_the_field() {
        CrowdOddsPanel panel = open(TestShows.open(jdbc));

        panel.value.clear();
        test(panel.save).click();

        assertThat(panel.value.isInvalid()).isTrue();
        assertThat(panel.value.getErrorMessage()).isEqualTo("Enter a whole number from 0 to 100.");
    }

    @Test
    void a_fan_changing_their_mind_too_often_is_told_to_wait_and_keeps_their_value() {
        CrowdOddsPanel panel = open(TestShows.open(jdbc));
        for (int i = 0; i < 30; i++) {
            panel.value.setValue(i);
            test(panel.save).click();
        }

        panel.value.setValue(77);
        test(panel.save).click();

        assertThat(panel.problem.isVisible()).isTrue();
        assertThat(panel.problem.getText()).isEqualTo("You’re changing your odds very fast. Wait a minute and try again.");
        assertThat(panel.value.getValue()).isEqualTo(77);
        assertThat(panel.yours.getText()).startsWith("You said 29 %");
    }

    @Test
    void a_resolved_question_shows_the_outcome_instead_of_the_vote() {
        TestShows.Created renewed = TestShows.renewed(jdbc);
        CrowdOddsPanel panel = open(renewed);

        assertThat(panel.getElement().getTextRecursively())
                .contains("Renewed: the network confirmed a second season, so voting is closed.");
        assertThat($(NativeButton.class, panel).all()).isEmpty();
        assertThat(panel.save.isAttached()).isFalse();
    }

    @Test
    void a_display_name_is_checked_beside_the_field_and_saved() {
        CrowdOddsPanel panel = open(TestShows.open(jdbc));
        assertThat(panel.displayName).as("the name form is built when a fan opens it").isNull();
        test(panel.nameDetails).toggleContent();

        panel.displayName.setValue("<b>");
        test(panel.saveName).click();
        assertThat(panel.displayName.isInvalid()).isTrue();
        assertThat(panel.displayName.getErrorMessage()).contains("2 to 40");
        assertThat(panel.displayName.getValue()).isEqualTo("<b>");

        panel.displayName.setValue("Jeong-hyeok Fan");
        test(panel.saveName).click();
        assertThat(panel.displayName.isInvalid()).isFalse();
        assertThat(panel.displayName.getHelperText()).isEqualTo("Saved: you appear as “Jeong-hyeok Fan”.");
    }

    @Test
    void where_weighting_sets_the_odds_apart_from_the_spread_the_page_says_why_and_links_to_how() {
        TestShows.Created burst = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "10.9.1.1", burst.id(), 20);
        forecasting.forecast(FanId.random(), "10.9.1.2", burst.id(), 24);
        for (int i = 0; i < 3; i++) {
            forecasting.forecast(FanId.random(), "10.9.1.3", burst.id(), 90);
        }
        CrowdOddsPanel apart = open(burst);
        assertThat(apart.weighting.isVisible()).isTrue();
        assertThat(apart.weighting.getElement().getTextRecursively())
                .startsWith("The crowd odds sit apart from the middle of this spread")
                .endsWith("How the odds are computed");
        assertThat(apart.weighting.getChildren().filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                .map(link -> ((com.vaadin.flow.component.html.Anchor) link).getHref()))
                .containsExactly("record#how-odds-work");

        TestShows.Created agreed = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "10.9.2.1", agreed.id(), 40);
        forecasting.forecast(FanId.random(), "10.9.2.2", agreed.id(), 40);
        assertThat(open(agreed).weighting.isVisible()).as("odds and spread agree: nothing to explain").isFalse();
    }

    @Test
    void the_table_of_numbers_is_built_when_opened_and_follows_new_votes() {
        TestShows.Created show = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "10.9.0.1", show.id(), 30);
        CrowdOddsPanel panel = open(show);
        assertThat(PageText.select(panel, "table.odds-table")).isEmpty();

        test(panel.numbers).toggleContent();
        assertThat(PageText.select(panel, "table.odds-table tbody tr")).hasSize(1);

        panel.value.setValue(70);
        test(panel.save).click();
        var rows = PageText.select(panel, "table.odds-table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().select("td").last().text()).as("newest first: two forecasters").isEqualTo("2");
        assertThat(rows.getLast().select("td").last().text()).isEqualTo("1");
    }

    @Test
    void the_show_page_title_stays_the_show() {
        TestShows.Created show = TestShows.open(jdbc);
        open(show);

        assertThat(PageText.select(getCurrentView(), "h1")).singleElement()
                .extracting(org.jsoup.nodes.Element::text).isEqualTo(show.title());
    }

    private CrowdOddsPanel open(TestShows.Created show) {
        UI.getCurrent().navigate("shows/" + show.slug());
        return $(CrowdOddsPanel.class).single();
    }
}
