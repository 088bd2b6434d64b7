package app.encore.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.forecast.VenueTokens;
import app.encore.kiosk.KioskSettings;
import app.encore.kiosk.Screens;
import app.encore.rumor.Moderation;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.MultiUserTest;
import app.encore.support.PageText;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The kiosk and the people it serves at once: a fan votes, a moderator publishes, the screen follows. */
@ExtendWith(TestShows.class)
class KioskViewTest extends MultiUserTest {


    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    Rumors rumors;

    @Autowired
    Moderation moderation;

    @Autowired
    ShowAdministration administration;


    @Test
    void when_a_fan_votes_the_kiosk_shows_the_new_figures() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug());
        KioskSlide slide = ((KioskView) kiosk.getCurrentView()).slides.getFirst();
        assertThat(slide.label()).isEqualTo("No forecasts yet");

        forecasting.forecast(FanId.random(), "fan", show.id(), 85);

        awaitPushed(kiosk, () -> slide.figure().equals("85 %"));
        assertThat(slide.detail()).endsWith("1 forecaster");
        assertThat(slide.label()).as("one fan at 85 % is no safe bet").isEqualTo("Too few forecasters to call");
    }

    @Test
    void when_an_admin_records_a_cancellation_the_kiosk_shows_it_without_a_reload() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "fan", show.id(), 60);
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug());
        KioskSlide slide = ((KioskView) kiosk.getCurrentView()).slides.getFirst();
        assertThat(slide.status()).isEqualTo("No announcement");
        assertThat(slide.label()).isEqualTo("Too few forecasters to call");
        assertThat(slide.scan()).isEqualTo("Scan to vote");
        assertThat(slide.baseRate()).as("a test show has no network: all dramas Encore knows")
                .startsWith("Dramas like it · all we know:").contains("got a season 2");

        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.CANCELLED,
                "The studio ends the story", "https://studio.example/final"));

        awaitPushed(kiosk, () -> "No more seasons".equals(slide.status()));
        assertThat(slide.label()).as("the status says the outcome once; the figure is the crowd's last word")
                .isEqualTo("The crowd said, before the announcement");
        assertThat(slide.figure()).isEqualTo("60 %");
        assertThat(slide.getElement().getAttribute("data")).contains("status-cancelled");
        assertThat(slide.scan()).as("the code no longer leads to a vote").isEqualTo("Scan for the outcome");
        assertThat(slide.baseRate()).as("an answered question needs no base rate").isNull();
    }

    @Test
    void when_a_moderator_publishes_a_rumor_the_kiosk_shows_it() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug());
        KioskSlide slide = ((KioskView) kiosk.getCurrentView()).slides.getFirst();
        assertThat(slide.rumor()).isNull();
        RumorItem item = rumors.submit(FanId.random(), show.id(), new RumorDraft("tvN is casting for season 2", null,
                "https://press.example/casting", SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                ProofOfWorkSolver.solve(rumors.challenge()));

        SignedIn.asModerator(() -> moderation.publish(List.of(item.id())));

        awaitPushed(kiosk, () -> slide.rumor() != null);
        assertThat(slide.rumor()).contains("tvN is casting for season 2", "Unverified");
    }

    @Test
    void bad_parameters_fall_back_to_defaults_without_an_error_screen() {
        BrowserlessUIContext kiosk = openKiosk("shows=no-such-show,<b>&rotate=-5&theme=neon&lang=xx");
        KioskView view = (KioskView) kiosk.getCurrentView();

        assertThat(view.settings.rotateSeconds()).isEqualTo(15);
        assertThat(view.rotator.getElement().getAttribute("interval")).isEqualTo("15");
        assertThat(view.getClassNames()).contains("kiosk-dark");
        assertThat(view.slides).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        assertThat(view.slides).allSatisfy(slide -> assertThat(slide.card.officialStatus().isOpen()).isTrue());
    }

    @Test
    void a_kiosk_closed_leaves_no_listeners_behind() {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug());
        var feed = spring.getBean(app.encore.kiosk.RumorFeed.class);
        int open = listeners(feed);

        kiosk.getUI().navigate("");

        assertThat(listeners(feed)).isEqualTo(open - 1);
    }

    @Test
    void a_kiosk_nobody_registered_prints_the_plain_address_and_carries_no_venue_token() {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug() + "&rotate=30");
        KioskView view = (KioskView) kiosk.getCurrentView();

        assertThat(view.registered()).isFalse();
        assertThat(view.slides.getFirst().address()).endsWith("/shows/" + show.slug()).doesNotContain("?v=");
        view.renewVenueTokens();
        assertThat(view.slides.getFirst().address()).doesNotContain("?v=");
        assertThat(view.slides.getFirst().getElement().getAttribute("data")).doesNotContain("?v=");
    }

    @Test
    void a_registered_screen_s_code_and_printed_address_carry_its_venue_token_until_it_is_revoked() {
        TestShows.Created show = TestShows.open(jdbc);
        var screens = spring.getBean(Screens.class);
        var tokens = spring.getBean(VenueTokens.class);
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug() + "&rotate=30&pair");
        KioskView view = (KioskView) kiosk.getCurrentView();
        assertThat(view.pairing).as("asked to pair: it shows a code").isNotNull();
        assertThat(kiosk.getUI().getPollInterval()).isEqualTo(KioskView.PAIRING_POLL_MILLIS);
        String code = view.pairing.code();
        assertThat(PageText.of(view)).contains(code);

        Screens.Screen screen = SignedIn.asAdmin(() -> screens.register(code, "Hall B", "Fan meeting"));
        String credential = screens.claim(view.pairing.secret()).orElseThrow();
        assertThat(screens.claim(view.pairing.secret())).as("a pairing is claimed once").isEmpty();

        view.identify(credential, false, "203.0.113.9");
        assertThat(view.registered()).isTrue();
        KioskSlide slide = view.slides.getFirst();
        assertThat(slide.qrUrl()).contains("/shows/" + show.slug() + "?v=");
        String token = slide.qrUrl().substring(slide.qrUrl().indexOf("?v=") + 3);
        assertThat(tokens.venue(token)).contains(screen.venue());
        // Printed below the code: a short address to type, which leads to the same show and token.
        String printed = slide.address();
        assertThat(printed).matches("[^/]+/v/[A-Z2-9]{5}").doesNotStartWith("http");
        assertThat(screens.follow(printed.substring(printed.lastIndexOf('/') + 1), "test-" + java.util.UUID.randomUUID()))
                .isEqualTo(new Screens.ShortAddress.Show("shows/" + show.slug() + "?v=" + token));
        view.renewVenueTokens();
        assertThat(tokens.venue(view.slides.getFirst().qrUrl().replaceFirst(".*\\?v=", ""))).isPresent();

        SignedIn.asAdmin(() -> screens.revoke(screen.id()));
        assertThat(tokens.venue(token)).as("a revoked screen's tokens are refused at once").isEmpty();
        view.renewVenueTokens();
        assertThat(view.registered()).as("a running screen finds out at its next renewal").isFalse();
        assertThat(view.slides.getFirst().address()).doesNotContain("?v=", "/v/");
        assertThat(view.slides.getFirst().qrUrl()).doesNotContain("?v=");
        view.identify(credential, false, "203.0.113.9");
        assertThat(view.registered()).as("and its credential names no screen").isFalse();
        assertThat(view.slides.getFirst().address()).doesNotContain("?v=", "/v/");
    }

    @Test
    void a_registered_screen_shows_what_staff_set_on_the_desk_and_reports_what_it_shows() {
        TestShows.Created show = TestShows.open(jdbc);
        var screens = spring.getBean(Screens.class);
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug() + "&pair");
        KioskView view = (KioskView) kiosk.getCurrentView();
        String name = "Hall " + java.util.UUID.randomUUID();
        Screens.Screen screen = SignedIn.asAdmin(() -> screens.register(view.pairing.code(), name, null));
        String credential = screens.claim(view.pairing.secret()).orElseThrow();
        SignedIn.asAdmin(() -> screens.configure(screen.id(),
                KioskSettings.fromQuery("shows=" + show.slug() + "&rotate=45&theme=light"), null));

        view.identify(credential, false, "203.0.113.9");
        assertThat(view.settings.rotateSeconds()).as("the desk's settings, not its address's").isEqualTo(45);
        assertThat(view.settings.theme()).isEqualTo(KioskSettings.Theme.LIGHT);
        view.report(kiosk.getUI());
        Screens.Screen reported = screens.screen(screen.id()).orElseThrow();
        assertThat(reported.showing()).isEqualTo(show.title());
        assertThat(reported.loadedAt()).isNotNull();
        assertThat(reported.lastSeen()).isNotNull();
    }

    @Test
    void a_screen_that_asks_too_often_for_a_pairing_says_to_try_later_and_shows_the_public_kiosk() {
        TestShows.Created show = TestShows.open(jdbc);
        var screens = spring.getBean(Screens.class);
        String address = "test-" + java.util.UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            screens.requestPairing(address);
        }
        BrowserlessUIContext kiosk = openKiosk("shows=" + show.slug());
        KioskView view = (KioskView) kiosk.getCurrentView();

        view.identify(null, true, address);

        assertThat(view.pairing).isNull();
        assertThat(PageText.of(view)).contains("cannot ask for a pairing code right now");
        assertThat(view.slides.getFirst().address()).doesNotContain("?v=");
    }

    private static int listeners(app.encore.kiosk.RumorFeed feed) {
        try {
            var method = app.encore.kiosk.RumorFeed.class.getDeclaredMethod("listenerCount");
            method.setAccessible(true);
            return (int) method.invoke(feed);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private BrowserlessUIContext openKiosk(String query) {
        BrowserlessUIContext window = app.newUser().newWindow();
        window.activate();
        window.getUI().setLocale(Locale.ENGLISH);
        window.getUI().navigate("kiosk", QueryParameters.fromString(query));
        return window;
    }


}
