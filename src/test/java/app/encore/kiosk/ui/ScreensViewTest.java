package app.encore.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.kiosk.Screens;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The screens desk, and what one hostile person could do with pairing: a code nobody shows, an
 * expired one, one typed with control characters, a secret claimed twice. Each is refused, beside
 * its field where staff typed it, and nothing typed is lost.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
class ScreensViewTest extends SpringBrowserlessTest {

    @Autowired
    Screens screens;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** An address of its own for each pairing, so the per-address limit is not what a test meets. */
    private static String address() {
        return "test-" + java.util.UUID.randomUUID();
    }

    private ScreensView open() {
        return navigate(ScreensView.class);
    }

    @Test
    void a_code_no_screen_shows_is_refused_beside_the_code_and_what_was_typed_stays() {
        ScreensView desk = open();
        desk.code.setValue("ZZZZZZ");
        desk.name.setValue("Hall A");
        test(desk.register).click();

        assertThat(desk.code.isInvalid()).isTrue();
        assertThat(desk.code.getErrorMessage()).startsWith("No screen waits with this code");
        assertThat(desk.name.getValue()).isEqualTo("Hall A");
    }

    @Test
    void a_name_with_control_characters_or_none_is_refused_beside_the_name() {
        String code = screens.requestPairing(address()).orElseThrow().code();
        ScreensView desk = open();
        desk.code.setValue(code);
        desk.name.setValue("Hall\u0000A");
        test(desk.register).click();
        assertThat(desk.name.isInvalid()).isTrue();
        assertThat(desk.name.getValue()).isEqualTo("Hall\u0000A");

        desk.name.setValue("   ");
        test(desk.register).click();
        assertThat(desk.name.isInvalid()).isTrue();
        assertThat(desk.name.getErrorMessage()).startsWith("Give the screen a name");
    }

    @Test
    void a_code_typed_in_lower_case_with_a_space_registers_the_screen_and_lists_it_with_a_revoke_named_for_it() {
        String code = screens.requestPairing(address()).orElseThrow().code();
        ScreensView desk = open();
        desk.code.setValue(code.substring(0, 3).toLowerCase(Locale.ROOT) + " " + code.substring(3));
        desk.name.setValue("Lobby " + code);
        desk.event.setValue("Drama festival");
        test(desk.register).click();

        assertThat(desk.code.isInvalid()).isFalse();
        assertThat(desk.code.getValue()).as("cleared for the next screen").isEmpty();
        assertThat(app.encore.support.PageText.of(desk.list)).contains("Lobby " + code + " · Drama festival",
                "Registered by admin", "Not seen yet");
        assertThat(screens.all()).anyMatch(screen -> screen.name().equals("Lobby " + code));
    }

    @Test
    void a_pairing_waits_fifteen_minutes_and_a_secret_claims_once() {
        var pairing = screens.requestPairing(address()).orElseThrow();
        jdbc.sql("UPDATE kiosk_screen SET requested_at = :then WHERE id = :id")
                .param("then", Instant.now().minus(Screens.PAIRING_VALID).minusSeconds(1).atOffset(ZoneOffset.UTC))
                .param("id", pairing.id()).update();
        ScreensView desk = open();
        desk.code.setValue(pairing.code());
        desk.name.setValue("Late screen");
        test(desk.register).click();
        assertThat(desk.code.isInvalid()).as("expired").isTrue();
        assertThat(screens.claim(pairing.secret())).as("never registered: nothing to claim").isEmpty();

        var fresh = screens.requestPairing(address()).orElseThrow();
        assertThat(screens.claim(fresh.secret())).as("not registered yet").isEmpty();
        screens.register(fresh.code(), "On time", null);
        assertThat(screens.claim("not-the-secret")).isEmpty();
        assertThat(screens.claim(fresh.secret())).isPresent();
        assertThat(screens.claim(fresh.secret())).as("claimed once").isEmpty();
    }

    @Test
    void one_address_asks_for_five_pairings_at_most_and_another_still_gets_one() {
        String crowded = address();
        for (int i = 0; i < 5; i++) {
            assertThat(screens.requestPairing(crowded)).isPresent();
        }
        assertThat(screens.requestPairing(crowded)).as("the sixth from one address").isEmpty();
        assertThat(screens.requestPairing(address())).as("the rest of the site can still pair").isPresent();
    }

    private Screens.Screen pairedAndRegistered(String name) {
        var pairing = screens.requestPairing(address()).orElseThrow();
        Screens.Screen screen = screens.register(pairing.code(), name, "Fan meeting");
        screens.claim(pairing.secret()).orElseThrow();
        return screen;
    }

    @Test
    void a_screen_that_reports_is_listed_online_with_what_it_shows_and_its_browser_and_offline_once_it_stops() {
        String name = "Lobby " + java.util.UUID.randomUUID();
        Screens.Screen screen = pairedAndRegistered(name);
        screens.report(screen.id(), Instant.now(), "rotate=15&theme=dark", java.util.List.of("Goblin", "Signal"),
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36");
        ScreensView desk = open();
        assertThat(app.encore.support.PageText.of(desk.list)).contains(name, "Online · last report just now",
                "Showing: Goblin · Signal", "Chrome 156 · Linux", "Up to 2,000 new fans an hour");

        jdbc.sql("UPDATE kiosk_screen SET last_seen_at = :then WHERE id = :id")
                .param("then", Instant.now().minus(screens.offlineAfter()).minusSeconds(1).atOffset(ZoneOffset.UTC))
                .param("id", screen.id()).update();
        desk.reload();
        assertThat(app.encore.support.PageText.of(desk.list)).contains("Offline · last report");
        assertThat(desk.summary.getText()).containsPattern("registered screens? (is|are) offline");
        assertThat(screens.offline()).isPositive();
    }

    @Test
    void settings_out_of_range_are_refused_beside_their_field_with_what_was_typed_kept_and_good_ones_reach_the_screen() {
        Screens.Screen screen = pairedAndRegistered("Hall " + java.util.UUID.randomUUID());
        ScreensView desk = open();
        desk.openSettings(screen);
        roundTrip();
        var dialog = desk.settingsDialog;
        dialog.rotate.setValue(2);
        test(dialog.save).click();
        assertThat(dialog.rotate.isInvalid()).isTrue();
        assertThat(dialog.rotate.getErrorMessage()).contains("5", "600");

        dialog.rotate.setValue(40);
        dialog.allowance.setValue("lots");
        test(dialog.save).click();
        assertThat(dialog.allowance.isInvalid()).isTrue();
        assertThat(dialog.allowance.getValue()).isEqualTo("lots");
        assertThat(dialog.rotate.getValue()).isEqualTo(40);

        dialog.allowance.setValue("1,500");
        dialog.theme.setValue(app.encore.kiosk.KioskSettings.Theme.CONTRAST);
        dialog.language.setValue("ko");
        test(dialog.save).click();
        Screens.Screen saved = screens.screen(screen.id()).orElseThrow();
        assertThat(saved.allowance()).isEqualTo(1500);
        assertThat(saved.settings()).isEqualTo("rotate=40&theme=contrast&lang=ko");
        assertThat(screens.report(screen.id(), Instant.now(), "rotate=15&theme=dark", java.util.List.of(), ""))
                .isEqualTo(new Screens.Instruction.Follow("rotate=40&theme=contrast&lang=ko"));
        assertThat(app.encore.support.PageText.of(desk.list)).contains("a new show every 40 s", "High-contrast", "한국어",
                "Up to 1,500 new fans an hour");
    }
}
