package app.encore.fan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The answers a browser may send that Encore must not take. The good path runs in Chromium with a
 * virtual authenticator ({@code PasskeyInBrowserTest}).
 */
@SpringBootTest
class FanPasskeysTest {

    static final String ORIGIN = "http://localhost:8080";

    @Autowired
    FanPasskeys passkeys;

    @Test
    void options_for_a_new_passkey_name_the_fan_and_ask_for_a_discoverable_one() {
        FanId fan = FanId.random();

        var ceremony = passkeys.startRegistration(fan, ORIGIN);

        assertThat(ceremony.options().getUser().getName()).isEqualTo(fan.value().toString());
        assertThat(ceremony.optionsJson()).contains("\"rp\"", "\"localhost\"", "\"residentKey\":\"required\"");
    }

    @Test
    void an_answer_that_is_not_a_credential_saves_nothing() {
        FanId fan = FanId.random();
        var ceremony = passkeys.startRegistration(fan, ORIGIN);

        assertThatThrownBy(() -> passkeys.finishRegistration(fan, ceremony, "{\"id\":\"forged\"}", "Mine", ORIGIN))
                .isInstanceOf(InvalidPasskeyException.class);
        assertThatThrownBy(() -> passkeys.finishRegistration(fan, ceremony, "not json", "Mine", ORIGIN))
                .isInstanceOf(InvalidPasskeyException.class);
        assertThat(passkeys.of(fan)).isEmpty();
    }

    @Test
    void options_made_for_one_fan_cannot_save_a_passkey_for_another() {
        var ceremony = passkeys.startRegistration(FanId.random(), ORIGIN);

        assertThatThrownBy(() -> passkeys.finishRegistration(FanId.random(), ceremony, "{}", "Mine", ORIGIN))
                .isInstanceOf(InvalidPasskeyException.class).hasMessageContaining("another fan");
    }

    @Test
    void a_sign_in_answer_that_does_not_check_out_names_nobody() {
        var ceremony = passkeys.startSignIn(ORIGIN);

        assertThatThrownBy(() -> passkeys.finishSignIn(ceremony, "{\"id\":\"AAAA\",\"rawId\":\"AAAA\","
                + "\"response\":{\"authenticatorData\":\"AAAA\",\"clientDataJSON\":\"AAAA\",\"signature\":\"AAAA\"},"
                + "\"type\":\"public-key\"}", ORIGIN)).isInstanceOf(InvalidPasskeyException.class);
        assertThatThrownBy(() -> passkeys.finishSignIn(ceremony, "", ORIGIN)).isInstanceOf(InvalidPasskeyException.class);
    }

    @Test
    void removing_a_passkey_the_fan_does_not_have_changes_nothing() {
        FanId fan = FanId.random();
        passkeys.startRegistration(fan, ORIGIN);

        assertThat(passkeys.remove(fan, "AAAA")).isFalse();
        assertThat(passkeys.remove(fan, "not base64url!")).isFalse();
        assertThat(passkeys.remove(FanId.random(), "AAAA")).isFalse();
    }
}
