package app.encore.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.EncoreApplication;
import app.encore.base.ClusterChannel;
import app.encore.base.PostgresClusterChannel;
import app.encore.fan.FanId;
import app.encore.forecast.CrowdOddsService;
import app.encore.forecast.ForecastRefusedException;
import app.encore.forecast.Forecasting;
import app.encore.resolution.Resolutions;
import app.encore.rumor.Moderation;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.RumorRefusedException;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.MultiUserTest;
import app.encore.support.OnPostgres;
import app.encore.support.Postgres;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Encore nodes on one PostgreSQL database, in one test: this test's Spring context is node A,
 * and node B is a second whole application on its own port. What happens on A reaches a browserless
 * kiosk on B through PostgreSQL's LISTEN/NOTIFY, and B's listener, cut by the database, reconnects
 * and catches up on what it missed.
 */
@OnPostgres
@ExtendWith(TestShows.class)
class TwoNodesOnPostgresTest extends MultiUserTest {

    static ConfigurableApplicationContext nodeB;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    Rumors rumors;

    @Autowired
    Moderation moderation;

    @Autowired
    ShowAdministration administration;

    BrowserlessApplicationContext appB;

    @BeforeAll
    static void startNodeB() {
        Map<String, Object> properties = new HashMap<>(Postgres.properties());
        properties.put("server.port", "0");
        // As arguments, which win over the test configuration's in-memory H2 (default properties would not).
        nodeB = new SpringApplicationBuilder(EncoreApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @BeforeEach
    void openNodeB() {
        appB = SpringBrowserlessApplicationContext.create(nodeB, "app.encore");
    }

    @AfterEach
    void closeNodeB() {
        appB.close();
    }

    @Test
    void both_nodes_listen_on_postgresql() {
        assertThat(spring.getBean(ClusterChannel.class)).isInstanceOf(PostgresClusterChannel.class);
        assertThat(nodeB.getBean(ClusterChannel.class)).isInstanceOf(PostgresClusterChannel.class);
    }

    @Test
    void a_vote_on_node_a_reaches_a_kiosk_on_node_b_whose_odds_then_equal_a_s() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext kiosk = openKioskOnB(show);
        KioskSlide slide = ((KioskView) kiosk.getCurrentView()).slides.getFirst();
        assertThat(slide.figure()).isEmpty();

        forecasting.forecast(FanId.random(), "a", show.id(), 80);
        forecasting.forecast(FanId.random(), "a", show.id(), 30);

        awaitPushed(kiosk, () -> slide.detail() != null && slide.detail().contains("2 forecasters"));
        assertThat(nodeB.getBean(CrowdOddsService.class).odds(show.id())).isEqualTo(crowd.odds(show.id()));
        assertThat(slide.figure()).isEqualTo(crowd.odds(show.id()).median() + " %");
    }

    @Test
    void a_burst_discounted_on_node_a_leaves_the_crowd_odds_on_a_kiosk_on_node_b_and_a_fan_deleted_on_a_too()
            throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        FanId honest = FanId.random();
        forecasting.forecast(honest, "honest-" + java.util.UUID.randomUUID(), show.id(), 30);
        String address = "burst-" + java.util.UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            forecasting.forecast(FanId.random(), address, show.id(), 95);
        }
        BrowserlessUIContext kiosk = openKioskOnB(show);
        KioskSlide slide = ((KioskView) kiosk.getCurrentView()).slides.getFirst();
        awaitPushed(kiosk, () -> slide.detail() != null && slide.detail().contains("13 forecasters"));
        String cohort = jdbc.sql("SELECT o.cohort FROM fan_origin o JOIN forecast f ON f.fan_id = o.fan_id"
                + " WHERE f.show_id = :show AND f.probability = 95 GROUP BY o.cohort").param("show", show.id())
                .query(String.class).single();

        SignedIn.asModerator(() -> spring.getBean(app.encore.forecast.CrowdDiscounts.class)
                .discount(cohort, "One person, twelve browsers"));

        awaitPushed(kiosk, () -> slide.detail() != null && slide.detail().endsWith("· 1 forecaster"));
        assertThat(nodeB.getBean(CrowdOddsService.class).odds(show.id())).isEqualTo(crowd.odds(show.id()));

        spring.getBean(app.encore.fan.Fans.class).delete(honest);

        awaitPushed(kiosk, () -> slide.figure() != null && slide.figure().isEmpty());
        assertThat(nodeB.getBean(CrowdOddsService.class).odds(show.id()).forecasters()).isZero();
    }

    @Test
    void an_official_status_and_a_published_rumor_on_node_a_reach_node_b() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext kiosk = openKioskOnB(show);
        KioskSlide slide = ((KioskView) kiosk.getCurrentView()).slides.getFirst();
        Resolutions resolutionsOnB = nodeB.getBean(Resolutions.class);
        assertThat(resolutionsOnB.current(show.id())).as("B now remembers: no resolution").isEmpty();
        forecasting.forecast(FanId.random(), "a", show.id(), 70);

        RumorItem item = rumors.submit(FanId.random(), show.id(), new RumorDraft("tvN is casting for season 2", null,
                "https://press.example/casting", SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                ProofOfWorkSolver.solve(rumors.challenge()));
        SignedIn.asModerator(() -> moderation.publish(List.of(item.id())));
        awaitPushed(kiosk, () -> slide.rumor() != null);
        assertThat(slide.rumor()).contains("tvN is casting for season 2");

        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                "tvN confirms a second season", "https://tvn.example/season-2"));
        awaitPushed(kiosk, () -> "Renewed".equals(slide.status()));
        assertThat(resolutionsOnB.current(show.id())).as("B forgot what it remembered").isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution WHERE show_id = :show").param("show", show.id())
                .query(Integer.class).single()).as("resolved once, by A, not again by B").isEqualTo(1);
    }

    @Test
    void node_b_s_listener_cut_by_the_database_reconnects_and_catches_up_on_what_it_missed() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        BrowserlessUIContext kiosk = openKioskOnB(show);
        KioskSlide slide = ((KioskView) kiosk.getCurrentView()).slides.getFirst();
        forecasting.forecast(FanId.random(), "a", show.id(), 60);
        awaitPushed(kiosk, () -> "60 %".equals(slide.figure()));
        PostgresClusterChannel channelB = (PostgresClusterChannel) nodeB.getBean(ClusterChannel.class);
        int connects = channelB.connects();

        // A vote whose notification never comes: written straight to the database, as if B had been
        // away when it was sent.
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID fan = UUID.randomUUID();
        jdbc.sql("INSERT INTO forecast (show_id, fan_id, probability, first_made_at, updated_at, version)"
                        + " VALUES (:show, :fan, 10, :now, :now, 0)")
                .param("show", show.id()).param("fan", fan).param("now", now).update();
        int cut = jdbc.sql("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name")
                .param("name", "encore-listener-" + channelB.node()).query(Integer.class).single();
        assertThat(cut).as("B's listener connection was found and cut").isEqualTo(1);

        awaitPushed(kiosk, () -> slide.detail() != null && slide.detail().contains("2 forecasters"), 10);
        assertThat(channelB.connects()).as("B reconnected").isGreaterThan(connects);
        assertThat(nodeB.getBean(CrowdOddsService.class).odds(show.id()).forecasters()).isEqualTo(2);

        forecasting.forecast(FanId.random(), "a", show.id(), 90);
        awaitPushed(kiosk, () -> slide.detail().contains("3 forecasters"));
    }

    @Test
    void a_solved_challenge_used_on_node_a_is_refused_on_node_b() {
        TestShows.Created show = TestShows.open(jdbc);
        String solution = ProofOfWorkSolver.solve(rumors.challenge());
        RumorDraft draft = new RumorDraft("Netflix renews it", null, "https://press.example/renewal", SourceKind.PRESS,
                LocalDate.of(2026, 11, 1));
        rumors.submit(FanId.random(), show.id(), draft, solution);

        Rumors rumorsOnB = nodeB.getBean(Rumors.class);
        assertThatThrownBy(() -> rumorsOnB.submit(FanId.random(), show.id(), draft, solution))
                .isInstanceOfSatisfying(RumorRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RumorRefusedException.Reason.CHALLENGE));
        assertThat(rumorsOnB.submit(FanId.random(), show.id(), draft, ProofOfWorkSolver.solve(rumorsOnB.challenge())))
                .as("a fresh challenge from B works on B").isNotNull();
    }

    @Test
    void a_fan_at_the_vote_limit_on_node_a_gains_at_most_two_votes_by_switching_to_node_b() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        String address = "fan-limit-" + UUID.randomUUID();
        for (int change = 0; change < 30; change++) {
            forecasting.forecast(fan, address, show.id(), change);
        }
        assertThat(acceptedOf(nodeB.getBean(Forecasting.class), 5, i -> fan, address, show))
                .as("B knows the 30 changes A allowed this minute, but for B's first and A's last unwritten one")
                .isLessThanOrEqualTo(2);
    }

    @Test
    void an_address_at_its_limit_on_node_a_gains_at_most_a_twentieth_of_it_and_one_on_node_b() {
        TestShows.Created show = TestShows.open(jdbc);
        String address = "address-limit-" + UUID.randomUUID();
        long start = System.nanoTime();
        assertThat(acceptedOf(forecasting, 600, i -> FanId.random(), address, show)).isEqualTo(600);
        int accepted = acceptedOf(nodeB.getBean(Forecasting.class), 60, i -> FanId.random(), address, show);
        // The bucket refills at 600 a minute (10 a second) while the votes are made; per-node buckets
        // would let B take all 60.
        int refilled = (int) Math.ceil((System.nanoTime() - start) / 1e9 * 10);
        assertThat(accepted).as("B knows the 600 changes from this address on A (%d refilled meanwhile)", refilled)
                .isLessThanOrEqualTo(31 + refilled).isLessThan(60);
    }

    @Test
    void a_fan_who_sent_five_rumors_on_node_a_this_hour_is_refused_a_sixth_on_node_b() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        for (int rumor = 0; rumor < 5; rumor++) {
            rumors.submit(fan, show.id(), draft("Casting for a second season has begun, says source " + rumor), ProofOfWorkSolver.solve(rumors.challenge()));
        }
        Rumors rumorsOnB = nodeB.getBean(Rumors.class);
        assertThatThrownBy(() -> rumorsOnB.submit(fan, show.id(), draft("Casting for a second season has begun, says one more"),
                ProofOfWorkSolver.solve(rumorsOnB.challenge())))
                .isInstanceOfSatisfying(RumorRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RumorRefusedException.Reason.TOO_FAST));
    }

    @Test
    void an_account_locked_by_failed_sign_ins_on_node_a_is_locked_on_node_b() {
        String name = "lock" + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.asAdmin(() -> spring.getBean(app.encore.staff.StaffAccounts.class)
                .addModerator(name, "a-long-enough-password"));
        var userDetailsOnB = nodeB.getBean(org.springframework.security.core.userdetails.UserDetailsService.class);
        assertThat(userDetailsOnB.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        jdbc.sql("UPDATE staff_account SET failed_sign_ins = 4 WHERE username = :name").param("name", name).update();

        spring.publishEvent(new org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(name, "wrong"),
                new org.springframework.security.authentication.BadCredentialsException("bad")));

        assertThat(userDetailsOnB.loadUserByUsername(name).isAccountNonLocked())
                .as("the fifth failure in a row, on A, locks the account on B too").isFalse();
    }

    private static RumorDraft draft(String text) {
        return new RumorDraft(text, null, "https://press.example/" + UUID.randomUUID(), SourceKind.PRESS,
                LocalDate.of(2026, 11, 1));
    }

    /** How many of so many votes the node accepts; the others must be refused as too fast. */
    private static int acceptedOf(Forecasting node, int votes, java.util.function.IntFunction<FanId> fan, String address,
            TestShows.Created show) {
        int accepted = 0;
        for (int vote = 0; vote < votes; vote++) {
            try {
                node.forecast(fan.apply(vote), address, show.id(), vote % 101);
                accepted++;
            } catch (ForecastRefusedException refused) {
                assertThat(refused.reason()).isEqualTo(ForecastRefusedException.Reason.TOO_FAST);
            }
        }
        return accepted;
    }

    private BrowserlessUIContext openKioskOnB(TestShows.Created show) {
        BrowserlessUIContext window = appB.newUser().newWindow();
        window.activate();
        window.getUI().setLocale(Locale.ENGLISH);
        window.getUI().navigate("kiosk", QueryParameters.fromString("shows=" + show.slug()));
        return window;
    }
}
