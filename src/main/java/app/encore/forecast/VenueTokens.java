package app.encore.forecast;

import app.encore.base.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Venue tokens: a kiosk's QR code (and the address it prints below it) carries one, so the fans
 * who scan it at an event count as that venue's crowd. They may then come in greater numbers than
 * the new-fan limit of one address allows, up to the venue's own limit. A token names the venue (a
 * digest of the kiosk's settings, so each screen set up differently is a venue of its own), the hour
 * it was made, and an HMAC-SHA256 of both with a server secret: it cannot be forged or moved to
 * another venue, and it expires {@link #VALID} after it was made. The kiosk makes a new one every
 * hour.
 */
@Component
public class VenueTokens {

    /** How long a token is accepted: a fan who scanned it a little while ago still counts. */
    static final Duration VALID = Duration.ofHours(3);
    private static final Pattern TOKEN = Pattern.compile("([0-9a-f]{8})-([0-9a-z]{1,8})-([0-9a-f]{12})");

    private final byte[] secret;
    private final Clock clock;
    private final org.springframework.beans.factory.@org.jspecify.annotations.Nullable ObjectProvider<ActiveVenues> activeVenues;

    /** Every venue counts while its token is fresh: for tests of the token alone. */
    VenueTokens(ServerSecrets secrets, Clock clock) {
        this.secret = secrets.secret("venue-token");
        this.clock = clock;
        this.activeVenues = null;
    }

    @org.springframework.beans.factory.annotation.Autowired
    VenueTokens(ServerSecrets secrets, Clock clock, org.springframework.beans.factory.ObjectProvider<ActiveVenues> activeVenues) {
        this.secret = secrets.secret("venue-token");
        this.clock = clock;
        this.activeVenues = activeVenues;
    }

    /** The venue a kiosk with these settings is: 8 hex digits of their digest. */
    public static String venueOf(String settings) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(settings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token for the venue, made now: {@code venue-hour-mac}, 30 characters at most. */
    public String issue(String venue) {
        long hour = clock.instant().getEpochSecond() / 3600;
        String hours = Long.toString(hour, 36);
        return venue + "-" + hours + "-" + mac(venue + "|" + hours);
    }

    /** The venue a token names, if it is genuine and not expired. */
    public Optional<String> venue(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher parts = TOKEN.matcher(token.strip().toLowerCase(Locale.ROOT));
        if (!parts.matches()) {
            return Optional.empty();
        }
        String venue = parts.group(1);
        String hours = parts.group(2);
        if (!MessageDigest.isEqual(mac(venue + "|" + hours).getBytes(StandardCharsets.US_ASCII),
                parts.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        long madeAt = Long.parseLong(hours, 36) * 3600;
        long now = clock.instant().getEpochSecond();
        if (!(now >= madeAt && now - madeAt < VALID.toSeconds())) {
            return Optional.empty();
        }
        ActiveVenues registry = activeVenues == null ? null : activeVenues.getIfAvailable();
        return registry == null || registry.active(venue) ? Optional.of(venue) : Optional.empty();
    }

    /** When a genuine token stops being accepted (its hour plus {@link #VALID}); empty for one that is not genuine. */
    public Optional<java.time.Instant> expiresAt(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher parts = TOKEN.matcher(token.strip().toLowerCase(Locale.ROOT));
        if (!parts.matches() || !MessageDigest.isEqual(mac(parts.group(1) + "|" + parts.group(2))
                .getBytes(StandardCharsets.US_ASCII), parts.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(java.time.Instant.ofEpochSecond(Long.parseLong(parts.group(2), 36) * 3600).plus(VALID));
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 6);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
