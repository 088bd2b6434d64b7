package app.encore.forecast;

import app.encore.base.ServerSecrets;
import app.encore.fan.FanId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each fan's first vote came from, as a cohort: {@code a:<digest of the address>:<day>} for
 * the new fans of one address on one day (UTC), {@code v:<venue>:<day>} for those who came through a
 * venue's kiosk. An IPv6 address counts by its /64 network, which one household or phone is given
 * whole. The address is kept only as a keyed digest (HMAC-SHA256 with a server secret, 72 bits), so
 * the database never holds a fan's address. A fan's cohort never changes, so it is cached.
 */
@Component
class FanOrigins {

    /** The origin of a fan who voted before: their cohort, or none for fans from before cohorts. */
    record Origin(@Nullable String cohort) {
    }

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final byte[] secret;
    private final Cache<UUID, Origin> known = Caffeine.newBuilder().maximumSize(100_000).build();

    FanOrigins(JdbcClient jdbc, ServerSecrets secrets) {
        this.jdbc = jdbc;
        this.secret = secrets.secret("cohort");
    }

    /** The fan's origin, or empty if they never voted: a new fan. */
    Optional<Origin> of(FanId fan) {
        Origin cached = known.getIfPresent(fan.value());
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Origin> origin = jdbc.sql("SELECT cohort FROM fan_origin WHERE fan_id = :fan")
                .param("fan", fan.value())
                .query((rs, n) -> new Origin(rs.getString("cohort")))
                .optional();
        origin.ifPresent(found -> known.put(fan.value(), found));
        return origin;
    }

    /**
     * A new fan's first vote, and with it their cohort, has been saved ({@link ForecastStore} writes
     * the row in the vote's own commit).
     */
    void remember(FanId fan, String cohort) {
        known.put(fan.value(), new Origin(cohort));
    }

    /** The fan's origin now belongs to their anonymous remains (they deleted themselves). */
    void moveTo(FanId fan, FanId anonymous) {
        jdbc.sql("UPDATE fan_origin SET fan_id = :anonymous WHERE fan_id = :fan")
                .param("anonymous", anonymous.value()).param("fan", fan.value()).update();
        known.invalidate(fan.value());
    }

    /** The cohort of a new fan voting now from {@code address}, or through {@code venue}'s kiosk. */
    String cohortOf(String address, @Nullable String venue, Instant at) {
        String day = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
        return venue != null ? "v:" + venue + ":" + day : "a:" + digest(network(address)) + ":" + day;
    }

    static boolean isVenue(String cohort) {
        return cohort.startsWith("v:");
    }

    /** The part of an address one household holds: all of an IPv4 address, the /64 of an IPv6 one. */
    static String network(String address) {
        String plain = address.strip().toLowerCase(Locale.ROOT);
        if (!plain.contains(":")) {
            return plain;
        }
        String[] groups = expand(plain).split(":");
        return groups.length < 4 ? plain : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    /** An IPv6 address with its {@code ::} written out, so that equal networks compare equal. */
    private static String expand(String address) {
        String bare = address.startsWith("[") ? address.substring(1, address.indexOf(']') < 0 ? address.length()
                : address.indexOf(']')) : address;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        int gap = bare.indexOf("::");
        if (gap < 0) {
            return bare;
        }
        String head = bare.substring(0, gap);
        String tail = bare.substring(gap + 2);
        int present = (head.isEmpty() ? 0 : head.split(":").length) + (tail.isEmpty() ? 0 : tail.split(":").length);
        var expanded = new StringBuilder(head.isEmpty() ? "" : head + ":");
        for (int i = present; i < 8; i++) {
            expanded.append("0:");
        }
        expanded.append(tail);
        String result = expanded.toString();
        return result.endsWith(":") ? result.substring(0, result.length() - 1) : result;
    }

    private String digest(String network) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(network.getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(java.util.Arrays.copyOf(full, 9));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
