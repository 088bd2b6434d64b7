package app.encore.fan;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ServerSecrets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FanCookieSignerTest {

    @Autowired
    FanCookieSigner signer;

    @Autowired
    ServerSecrets secrets;

    @Test
    void a_cookie_we_signed_names_its_fan() {
        FanId fan = FanId.random();

        assertThat(signer.verify(signer.sign(fan))).contains(fan);
    }

    @Test
    void a_tampered_cookie_names_nobody() {
        String genuine = signer.sign(FanId.random());
        String otherFan = "v1." + UUID.randomUUID() + genuine.substring(genuine.lastIndexOf('.'));
        String flippedSignature = genuine.substring(0, genuine.length() - 1)
                + (genuine.endsWith("A") ? "B" : "A");

        assertThat(signer.verify(otherFan)).isEmpty();
        assertThat(signer.verify(flippedSignature)).isEmpty();
        assertThat(signer.verify(genuine.replaceFirst("v1", "v2"))).isEmpty();
        assertThat(signer.verify(genuine.substring(0, genuine.lastIndexOf('.')))).isEmpty();
    }

    @Test
    void garbage_and_foreign_cookies_name_nobody() {
        for (String garbage : new String[] {"", ".", "v1.", "v1..", "v1.not-a-uuid.sig", "x".repeat(5000)}) {
            assertThat(signer.verify(garbage)).as(garbage.length() > 20 ? "long" : garbage).isEmpty();
        }
        assertThat(signer.verify(null)).isEmpty();
        var foreign = new FanCookieSigner(new FixedSecret());
        assertThat(signer.verify(foreign.sign(FanId.random()))).isEmpty();
    }

    @Test
    void the_signing_secret_is_the_same_every_time_it_is_asked_for() {
        assertThat(secrets.secret(FanCookieSigner.SECRET)).isEqualTo(secrets.secret(FanCookieSigner.SECRET)).hasSize(32);
    }

    /** Another installation's key. */
    private static final class FixedSecret extends ServerSecrets {
        FixedSecret() {
            super(null, null);
        }

        @Override
        public byte[] secret(String purpose) {
            return new byte[32];
        }
    }
}
