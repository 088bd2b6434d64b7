package app.encore.me.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fan opens their page: their odds with links, their name to change, and their data to download. */
@ExtendWith(TestShows.class)
@SpringBootTest
class MeViewTest extends SpringBrowserlessTest {

    @Autowired
    Forecasting forecasting;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_fan_sees_each_show_they_forecast_with_their_odds_and_a_link_and_can_download_it_all() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        forecasting.forecast(fan, "me-view", show.id(), 64);
        VaadinSession.getCurrent().setAttribute(FanId.class, fan);

        UI.getCurrent().navigate("me");
        MeView page = (MeView) getCurrentView();

        assertThat(page.forecasts.getElement().getTextRecursively()).contains(show.title(), "64 %");
        assertThat(page.forecasts.getElement().getChild(0).getChild(0).getAttribute("href"))
                .isEqualTo("shows/" + show.slug());
        assertThat(page.rumors.getElement().getTextRecursively()).isEqualTo("You have not sent a rumor.");
        assertThat(page.download.getHref()).isNotBlank();
    }

    @Test
    void a_display_name_too_short_is_refused_beside_the_field_and_kept() {
        FanId fan = FanId.random();
        forecasting.forecast(fan, "me-view", TestShows.open(jdbc).id(), 50);
        VaadinSession.getCurrent().setAttribute(FanId.class, fan);
        UI.getCurrent().navigate("me");
        MeView page = (MeView) getCurrentView();

        page.displayName.setValue("x");
        test(page.saveName).click();

        assertThat(page.displayName.isInvalid()).isTrue();
        assertThat(page.displayName.getValue()).isEqualTo("x");
    }

    @Test
    void a_visitor_who_never_voted_is_told_what_the_page_will_hold() {
        UI.getCurrent().navigate("me");
        MeView page = (MeView) getCurrentView();
        assertThat(page.intro.getText()).contains("once you have given your odds");
        assertThat(page.download).isNull();
    }

    @Test
    void a_fan_deletes_their_profile_after_confirming_and_their_odds_leave_the_crowd(
            @Autowired app.encore.forecast.CrowdOddsService crowd, @Autowired app.encore.fan.Fans fans) {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        forecasting.forecast(fan, "me-view-" + java.util.UUID.randomUUID(), show.id(), 88);
        VaadinSession.getCurrent().setAttribute(FanId.class, fan);
        UI.getCurrent().navigate("me");
        MeView page = (MeView) getCurrentView();

        test(page.delete).click();
        assertThat(page.confirmation.isOpened()).isTrue();
        assertThat(crowd.odds(show.id()).forecasters()).as("nothing goes before the fan confirms").isEqualTo(1);
        test($(com.vaadin.flow.component.html.NativeButton.class, page.confirmation)
                .withText("Delete everything").single()).click();

        assertThat(page.getElement().getTextRecursively()).contains("Your fan profile is deleted.");
        assertThat(crowd.odds(show.id()).forecasters()).isZero();
        assertThat(VaadinSession.getCurrent().getAttribute(FanId.class)).isNull();
        assertThat(fans.recognise(fans.cookieValue(fan))).isEmpty();
    }

    @Test
    void a_fan_who_keeps_their_profile_loses_nothing(@Autowired app.encore.forecast.CrowdOddsService crowd) {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        forecasting.forecast(fan, "me-view-" + java.util.UUID.randomUUID(), show.id(), 33);
        VaadinSession.getCurrent().setAttribute(FanId.class, fan);
        UI.getCurrent().navigate("me");
        MeView page = (MeView) getCurrentView();

        test(page.delete).click();
        test($(com.vaadin.flow.component.html.NativeButton.class, page.confirmation)
                .withText("Keep my profile").single()).click();

        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(1);
        assertThat(VaadinSession.getCurrent().getAttribute(FanId.class)).isEqualTo(fan);
    }

    @Test
    void a_fan_sees_they_have_no_passkey_yet_and_can_save_one_or_sign_in_with_one() {
        FanId fan = FanId.random();
        forecasting.forecast(fan, "me-view", TestShows.open(jdbc).id(), 50);
        VaadinSession.getCurrent().setAttribute(FanId.class, fan);
        UI.getCurrent().navigate("me");
        MeView page = (MeView) getCurrentView();

        assertThat(page.passkeyList.getElement().getTextRecursively()).isEqualTo("You have not saved a passkey yet.");
        assertThat(page.savePasskey.getText()).isEqualTo("Save a passkey");
        assertThat(page.passkeyLabel.getValue()).isEqualTo("My passkey");
        assertThat(page.signIn.getText()).isEqualTo("Sign in with a passkey");

        test(page.savePasskey).click();

        assertThat(page.passkeyStatus.getText()).isEqualTo("Follow your browser’s prompt…");
        assertThat(page.savePasskey.isEnabled()).as("one passkey ceremony at a time, however often it is clicked")
                .isFalse();
    }
}
