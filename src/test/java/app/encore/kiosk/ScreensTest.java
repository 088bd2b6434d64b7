package app.encore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.audit.AuditLog;
import app.encore.base.RateLimitBuckets;
import app.encore.fan.FanId;
import app.encore.forecast.CrowdDiscounts;
import app.encore.forecast.ForecastRefusedException;
import app.encore.forecast.Forecasting;
import app.encore.forecast.VenueTokens;
import app.encore.kiosk.Screens.Instruction;
import app.encore.kiosk.Screens.ShortAddress;
import app.encore.support.MovableClock;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Registered screens over time and against one hostile person: a screen that stops reporting goes
 * offline on the desk; what staff set is the answer to its next report; its credential is rotated
 * and a copy of it does not outlive the rotation; its short address expires with its token and
 * cannot be guessed; its allowance bounds its fans. Lifetimes are crossed on a clock the test moves.
 */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(TestShows.class)
class ScreensTest {

    static final Duration OFFLINE_AFTER = Duration.ofMinutes(1);
    static final Duration ROTATION = Duration.ofDays(1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    CrowdDiscounts discounts;

    @Autowired
    RateLimitBuckets buckets;

    @Autowired
    VenueTokens venueTokens;

    @Autowired
    Screens registered;

    @Autowired
    Forecasting forecasting;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    MovableClock clock;
    /** A Screens of its own on the test's clock, not a Spring proxy: staff's actions run in a transaction here. */
    Screens screens;

    private <T> T asStaff(java.util.function.Supplier<T> action) {
        return SignedIn.asAdmin(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> action.get()));
    }

    private void asStaff(Runnable action) {
        asStaff(() -> {
            action.run();
            return null;
        });
    }

    @BeforeEach
    void aClockTheTestMoves() {
        // On a whole microsecond: the database keeps times to the microsecond.
        clock = new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        screens = new Screens(jdbc, audit, clock, discounts, buckets, venueTokens, OFFLINE_AFTER, ROTATION);
    }

    private record Paired(Screens.Screen screen, String credential) {
    }

    private Paired paired(String name) {
        var pairing = screens.requestPairing("test-" + UUID.randomUUID()).orElseThrow();
        Screens.Screen screen = asStaff(() -> screens.register(pairing.code(), name, null));
        return new Paired(screen, screens.claim(pairing.secret()).orElseThrow());
    }

    private Instruction report(Paired paired, Instant loadedAt, String settings) {
        return screens.report(paired.screen().id(), loadedAt, settings, List.of("Goblin"), "Mozilla/5.0 Chrome/156.0");
    }

    private Screens.Screen now(Paired paired) {
        return screens.screen(paired.screen().id()).orElseThrow();
    }

    @Test
    void a_screen_that_stops_reporting_is_offline_once_the_set_time_has_passed_and_online_again_at_its_next_report() {
        Paired hall = paired("Hall " + UUID.randomUUID());
        Instant loaded = clock.instant();
        report(hall, loaded, "rotate=15&theme=dark");
        int offlineBefore = screens.offline();

        clock.advance(OFFLINE_AFTER.minusSeconds(1));
        assertThat(now(hall).online(clock.instant(), OFFLINE_AFTER)).isTrue();
        assertThat(now(hall).showing()).isEqualTo("Goblin");
        assertThat(now(hall).loadedAt()).isEqualTo(loaded);

        clock.advance(Duration.ofSeconds(2));
        assertThat(now(hall).online(clock.instant(), OFFLINE_AFTER)).as("a minute without a report").isFalse();
        assertThat(screens.offline()).isGreaterThan(offlineBefore);

        report(hall, loaded, "rotate=15&theme=dark");
        assertThat(now(hall).online(clock.instant(), OFFLINE_AFTER)).isTrue();
    }

    @Test
    void what_staff_set_on_the_desk_is_the_answer_to_the_screen_s_next_report() {
        Paired hall = paired("Hall " + UUID.randomUUID());
        Instant loaded = clock.instant();
        assertThat(report(hall, loaded, "rotate=15&theme=dark")).isInstanceOf(Instruction.CarryOn.class);

        var settings = KioskSettings.fromQuery("shows=goblin&rotate=30&theme=contrast&lang=ko");
        asStaff(() -> screens.configure(hall.screen().id(), settings, 50));
        assertThat(report(hall, loaded, "rotate=15&theme=dark"))
                .isEqualTo(new Instruction.Follow("shows=goblin&rotate=30&theme=contrast&lang=ko"));
        assertThat(report(hall, loaded, settings.toQuery())).as("once it follows").isInstanceOf(Instruction.CarryOn.class);
        assertThat(now(hall).allowance()).isEqualTo(50);

        clock.advance(Duration.ofSeconds(5));
        asStaff(() -> screens.reload(hall.screen().id()));
        assertThat(report(hall, loaded, settings.toQuery())).isInstanceOf(Instruction.Reload.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(report(hall, clock.instant(), settings.toQuery())).as("reloaded since").isInstanceOf(Instruction.CarryOn.class);

        asStaff(() -> screens.revoke(hall.screen().id()));
        assertThat(report(hall, clock.instant(), settings.toQuery())).isInstanceOf(Instruction.Revoked.class);
    }

    @Test
    void an_allowance_out_of_range_is_refused_and_a_fan_cannot_set_one() {
        Paired hall = paired("Hall " + UUID.randomUUID());
        var settings = KioskSettings.fromQuery("");
        assertThatThrownBy(() -> asStaff(() -> screens.configure(hall.screen().id(), settings, 0)))
                .hasMessage("allowance");
        assertThatThrownBy(() -> asStaff(() -> screens.configure(hall.screen().id(), settings, Screens.MAX_ALLOWANCE + 1)))
                .hasMessage("allowance");
        assertThatThrownBy(() -> registered.configure(hall.screen().id(), settings, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> registered.reload(hall.screen().id()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(now(hall).allowance()).isNull();
    }

    @Test
    void what_a_screen_reports_is_kept_as_one_short_plain_line_whatever_it_sends() {
        Paired hall = paired("Hall " + UUID.randomUUID());
        screens.report(hall.screen().id(), clock.instant(), "", List.of("A\u0000B", "<script>"),
                "Evil\u0000\u2028Agent " + "x".repeat(1_000_000));
        Screens.Screen screen = now(hall);
        assertThat(screen.browser()).hasSize(200).doesNotContain("\u0000", "\u2028").startsWith("Evil  Agent");
        assertThat(screen.showing()).isEqualTo("A B · <script>");
    }

    @Test
    void a_credential_is_replaced_once_it_is_due_and_a_copy_of_it_does_not_outlive_the_rotation() {
        Paired hall = paired("Hall " + UUID.randomUUID());
        String first = hall.credential();
        assertThat(screens.seen(first).orElseThrow().rotatedCredential()).as("fresh: not due").isNull();

        clock.advance(ROTATION.plusSeconds(1));
        String second = screens.seen(first).orElseThrow().rotatedCredential();
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(screens.seen(second).orElseThrow().rotatedCredential()).isNull();

        // The rotation's answer was lost: the old one is taken once, within the grace, for a new one.
        clock.advance(Duration.ofMinutes(10));
        String third = screens.seen(first).orElseThrow().rotatedCredential();
        assertThat(third).isNotNull();
        assertThat(screens.seen(second)).as("the one it replaced is refused now").isEmpty();
        assertThat(screens.seen(first)).as("and the old one, taken once").isEmpty();
        assertThat(screens.seen(third)).isPresent();

        // A copy kept past the grace of the next rotation names no screen.
        clock.advance(ROTATION.plusSeconds(1));
        String fourth = screens.seen(third).orElseThrow().rotatedCredential();
        assertThat(fourth).isNotNull();
        clock.advance(Screens.CREDENTIAL_GRACE.plusSeconds(1));
        assertThat(screens.seen(third)).isEmpty();
        assertThat(screens.seen(fourth)).isPresent();
    }

    @Test
    void a_short_address_leads_to_the_show_with_its_token_until_the_token_expires_or_the_screen_is_revoked() {
        Paired hall = paired("Hall " + UUID.randomUUID());
        String token = venueTokens.issue(hall.screen().venue());
        String code = screens.shortAddress(hall.screen().id(), "goblin", token);
        assertThat(code).matches("[A-Z2-9]{5}");
        String fan = "test-" + UUID.randomUUID();

        assertThat(screens.follow(code, fan)).isEqualTo(new ShortAddress.Show("shows/goblin?v=" + token));
        assertThat(screens.follow(" " + code.toLowerCase(java.util.Locale.ROOT).substring(0, 2) + "-" + code.substring(2), fan))
                .as("typed as people type").isEqualTo(new ShortAddress.Show("shows/goblin?v=" + token));

        Instant expires = venueTokens.expiresAt(token).orElseThrow();
        clock.advance(Duration.between(clock.instant(), expires).plusSeconds(1));
        assertThat(screens.follow(code, fan)).as("expired with its token").isInstanceOf(ShortAddress.Unknown.class);

        clock.advance(Duration.between(expires, clock.instant()).negated().minusSeconds(60));
        String again = screens.shortAddress(hall.screen().id(), "goblin", venueTokens.issue(hall.screen().venue()));
        asStaff(() -> screens.revoke(hall.screen().id()));
        assertThat(screens.follow(again, fan)).as("its screen revoked").isInstanceOf(ShortAddress.Unknown.class);
    }

    @Test
    void an_address_that_guesses_short_addresses_is_refused_after_a_hundred_misses_while_another_still_follows() {
        Paired hall = paired("Hall " + UUID.randomUUID());
        String code = screens.shortAddress(hall.screen().id(), "goblin", venueTokens.issue(hall.screen().venue()));
        String guesser = "test-" + UUID.randomUUID();
        for (int miss = 0; miss < Screens.SHORT_ADDRESS_MISSES.tokens(); miss++) {
            assertThat(screens.follow(String.format("Z%04d", miss).replace('0', 'A').replace('1', 'B'), guesser))
                    .isInstanceOf(ShortAddress.Unknown.class);
        }
        assertThat(screens.follow("ZZZZZ", guesser)).isInstanceOf(ShortAddress.TooMany.class);
        assertThat(screens.follow(code, guesser)).as("not even a real one: no more look-ups from there")
                .isInstanceOf(ShortAddress.TooMany.class);
        assertThat(screens.follow(code, "test-" + UUID.randomUUID())).isInstanceOf(ShortAddress.Show.class);
        assertThat(screens.follow("<script>alert(1)</script>", "test-" + UUID.randomUUID()))
                .isInstanceOf(ShortAddress.Unknown.class);
    }

    @Test
    void the_allowance_staff_set_for_a_screen_bounds_the_new_fans_its_codes_bring() {
        TestShows.Created show = TestShows.open(jdbc);
        Paired hall = paired("Hall " + UUID.randomUUID());
        SignedIn.asAdmin(() -> registered.configure(hall.screen().id(), KioskSettings.fromQuery(""), 2));
        String venue = hall.screen().venue();
        String wifi = "test-" + UUID.randomUUID();

        forecasting.forecast(FanId.random(), wifi, venue, show.id(), 60);
        forecasting.forecast(FanId.random(), wifi, venue, show.id(), 60);
        assertThatThrownBy(() -> forecasting.forecast(FanId.random(), wifi, venue, show.id(), 60))
                .isInstanceOf(ForecastRefusedException.class)
                .satisfies(refused -> assertThat(((ForecastRefusedException) refused).reason())
                        .isEqualTo(ForecastRefusedException.Reason.TOO_MANY_NEW_FANS));
    }
}
