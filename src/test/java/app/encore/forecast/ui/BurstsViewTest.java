package app.encore.forecast.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.CrowdOddsService;
import app.encore.forecast.Forecasting;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A moderator sees a burst of new fans from one address on the desk and discounts it, with a reason. */
@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "mina", roles = "MODERATOR")
class BurstsViewTest extends SpringBrowserlessTest {

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    JdbcClient jdbc;

    private TestShows.Created show;

    @BeforeEach
    void aBurstOnAShow() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "honest-" + UUID.randomUUID(), show.id(), 30);
        String address = "bursting-" + UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            forecasting.forecast(FanId.random(), address, show.id(), 95);
        }
    }

    private ListItem burstOfThisShow(BurstsView view) {
        return $(ListItem.class, view.list).all().stream()
                .filter(item -> item.getElement().getTextRecursively().contains(show.title()))
                .findFirst().orElseThrow();
    }

    @Test
    void a_burst_shows_how_many_new_fans_when_and_on_which_shows_and_a_reason_is_needed_to_discount_it() {
        UI.getCurrent().navigate("admin/bursts");
        BurstsView view = (BurstsView) getCurrentView();
        ListItem burst = burstOfThisShow(view);
        assertThat(burst.getElement().getTextRecursively()).contains("12 new fans from one address",
                "Counted: together as one fan on each show.");

        test($(Button.class, burst).withText("Discount these votes").single()).click();

        TextField reason = $(TextField.class, burst).single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why, for the audit log.");
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(13);
    }

    @Test
    void discounting_a_burst_takes_its_votes_out_of_the_crowd_odds_and_counting_it_again_brings_them_back() {
        UI.getCurrent().navigate("admin/bursts");
        BurstsView view = (BurstsView) getCurrentView();
        ListItem burst = burstOfThisShow(view);
        test($(TextField.class, burst).single()).setValue("Twelve fresh browsers in a minute");

        test($(Button.class, burst).withText("Discount these votes").single()).click();

        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(1);
        assertThat(crowd.odds(show.id()).median()).isEqualTo(30);
        assertThat(view.summary.getText()).isEqualTo("Discounted: the votes of 12 new fans left the crowd odds.");
        burst = burstOfThisShow(view);
        assertThat(burst.getElement().getTextRecursively()).contains("Discounted: these votes are not in the crowd odds.");

        test($(TextField.class, burst).single()).setValue("It was a watch party");
        test($(Button.class, burst).withText("Count these votes again").single()).click();

        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(13);
    }
}
