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
}
