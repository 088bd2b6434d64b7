package app.encore.fan;

import app.encore.base.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Signs a fan id for the cookie and checks a cookie's signature: {@code v1.<uuid>.<HMAC-SHA256>}.
 * Anything else (tampered, foreign, truncated, another version) is not a fan of ours.
 */
@Component
class FanCookieSigner {

    static final String SECRET = "fan-cookie";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    FanCookieSigner(ServerSecrets secrets) {
        this.key = new SecretKeySpec(secrets.secret(SECRET), "HmacSHA256");
    }

    String sign(FanId fan) {
        String payload = VERSION + "." + fan.value();
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    Optional<FanId> verify(@Nullable String cookieValue) {
        if (cookieValue == null || cookieValue.length() > 200) {
            return Optional.empty();
        }
        int lastDot = cookieValue.lastIndexOf('.');
        if (lastDot < 0 || !cookieValue.startsWith(VERSION + ".")) {
            return Optional.empty();
        }
        String payload = cookieValue.substring(0, lastDot);
        byte[] expected = ENCODER.encode(mac(payload));
        byte[] given = cookieValue.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FanId(UUID.fromString(payload.substring(VERSION.length() + 1))));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
