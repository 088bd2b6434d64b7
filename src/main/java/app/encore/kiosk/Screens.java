package app.encore.kiosk;

import app.encore.audit.AuditLog;
import app.encore.base.PlainText;
import app.encore.forecast.ActiveVenues;
import app.encore.staff.Staff;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered kiosk screens. A screen that nobody registered shows the public kiosk, whose QR codes
 * carry no venue token. To register one, the screen asks to pair ({@link #requestPairing}) and shows a
 * short code; staff enter it on {@code /admin/screens} with the screen's name and event
 * ({@link #register}); the screen then claims a credential of its own ({@link #claim}), which it keeps
 * in an HttpOnly cookie another browser cannot read off the page. Only a registered screen's codes
 * carry venue tokens, for its own venue; revoking it ({@link #revoke}) refuses its tokens at once.
 * Only digests of the pairing secret and the credential are stored.
 */
@Service
public class Screens implements ActiveVenues {

    /** How long a pairing code waits for staff. */
    public static final Duration PAIRING_VALID = Duration.ofMinutes(15);
    /** Pending pairings at once, across the site: asking to pair costs a row, so it is bounded. */
    static final int PENDING_AT_MOST = 200;
    /** Pairings one address may ask for: a screen being set up needs one or two, not the site's 200. */
    static final app.encore.base.RateLimitBuckets.Limit PAIRINGS_PER_ADDRESS =
            new app.encore.base.RateLimitBuckets.Limit(5, PAIRING_VALID);
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A pairing the screen holds: the code it shows, and the secret it alone knows. */
    public record Pairing(long id, String code, String secret) {
    }

    /** A registered screen, as the kiosk and the desk see it. */
    public record Screen(long id, String name, @Nullable String event, String registeredBy, Instant registeredAt,
            @Nullable Instant lastSeen, @Nullable Instant revokedAt) {

        /** The venue its fans count as: its own, whatever it shows. */
        public String venue() {
            return venueOf(id);
        }

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final app.encore.forecast.CrowdDiscounts discounts;
    private final app.encore.base.RateLimitBuckets buckets;

    Screens(JdbcClient jdbc, AuditLog audit, Clock clock, app.encore.forecast.CrowdDiscounts discounts,
            app.encore.base.RateLimitBuckets buckets) {
        this.buckets = buckets;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.discounts = discounts;
    }

    static String venueOf(long screenId) {
        return String.format(Locale.ROOT, "%08x", screenId);
    }

    /**
     * A new pairing for a screen that asks from {@code address}: a six-letter code to show, a secret
     * to keep.
     *
     * @return empty when this address asked too often, or too many pairings wait already
     */
    @Transactional
    public Optional<Pairing> requestPairing(String address) {
        if (!buckets.tryTake("screen-pairing:" + address, PAIRINGS_PER_ADDRESS)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int pending = jdbc.sql("SELECT COUNT(*) FROM kiosk_screen WHERE registered_at IS NULL AND requested_at > :since")
                .param("since", utc(now.minus(PAIRING_VALID))).query(Integer.class).single();
        if (pending >= PENDING_AT_MOST) {
            return Optional.empty();
        }
        jdbc.sql("DELETE FROM kiosk_screen WHERE registered_at IS NULL AND requested_at <= :since")
                .param("since", utc(now.minus(PAIRING_VALID))).update();
        String code = code();
        String secret = secret();
        jdbc.sql("INSERT INTO kiosk_screen (pairing_code, pairing_secret_hash, requested_at) VALUES (:code, :secret, :now)")
                .param("code", code).param("secret", digest(secret)).param("now", utc(now)).update();
        long id = jdbc.sql("SELECT id FROM kiosk_screen WHERE pairing_secret_hash = :secret")
                .param("secret", digest(secret)).query(Long.class).single();
        return Optional.of(new Pairing(id, code, secret));
    }

    /**
     * Staff register the screen showing {@code code}, with its name and event.
     *
     * @throws IllegalArgumentException "code" when no screen waits with that code, "name" or "event"
     *     when blank (the name), over 120 characters or holding control characters
     */
    @Secured({"ROLE_ADMIN", "ROLE_MODERATOR"})
    @Transactional
    public Screen register(String code, String name, @Nullable String event) {
        String staff = Staff.current();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 120 || !PlainText.isLine(cleanName)) {
            throw new IllegalArgumentException("name");
        }
        String cleanEvent = event == null || event.isBlank() ? null : event.strip();
        if (cleanEvent != null && (cleanEvent.length() > 120 || !PlainText.isLine(cleanEvent))) {
            throw new IllegalArgumentException("event");
        }
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        Instant now = clock.instant();
        List<Long> waiting = jdbc.sql("SELECT id FROM kiosk_screen WHERE pairing_code = :code AND registered_at IS NULL"
                        + " AND requested_at > :since ORDER BY id DESC")
                .param("code", cleanCode).param("since", utc(now.minus(PAIRING_VALID))).query(Long.class).list();
        if (waiting.isEmpty()) {
            throw new IllegalArgumentException("code");
        }
        long id = waiting.getFirst();
        jdbc.sql("UPDATE kiosk_screen SET name = :name, event_name = :event, registered_by = :staff, registered_at = :now"
                        + " WHERE id = :id")
                .param("name", cleanName).param("event", cleanEvent).param("staff", staff).param("now", utc(now))
                .param("id", id).update();
        audit.record(staff, "screen.registered", "screen " + id, null, cleanName
                + (cleanEvent == null ? "" : " at " + cleanEvent));
        return screen(id).orElseThrow();
    }

    /** Whether staff have registered the screen that holds this pairing (it may claim now). */
    public boolean registered(long pairingId) {
        return jdbc.sql("SELECT COUNT(*) FROM kiosk_screen WHERE id = :id AND registered_at IS NOT NULL"
                + " AND revoked_at IS NULL").param("id", pairingId).query(Integer.class).single() > 0;
    }

    /**
     * The screen that holds the secret of a registered pairing takes its credential, once.
     *
     * @return the credential for the screen's cookie, or empty for an unknown, unregistered, revoked
     *     or already claimed pairing
     */
    @Transactional
    public Optional<String> claim(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        String credential = secret();
        int claimed = jdbc.sql("UPDATE kiosk_screen SET credential_hash = :credential, claimed_at = :now,"
                        + " last_seen_at = :now WHERE pairing_secret_hash = :secret AND registered_at IS NOT NULL"
                        + " AND claimed_at IS NULL AND revoked_at IS NULL")
                .param("credential", digest(credential)).param("now", utc(clock.instant()))
                .param("secret", digest(secret)).update();
        return claimed == 1 ? Optional.of(credential) : Optional.empty();
    }

    /** The registered, unrevoked screen a credential belongs to; it is seen now. */
    @Transactional
    public Optional<Screen> seen(@Nullable String credential) {
        if (credential == null || credential.isBlank() || credential.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("SELECT id FROM kiosk_screen WHERE credential_hash = :credential AND revoked_at IS NULL")
                .param("credential", digest(credential)).query(Long.class).optional();
        id.ifPresent(screen -> jdbc.sql("UPDATE kiosk_screen SET last_seen_at = :now WHERE id = :id")
                .param("now", utc(clock.instant())).param("id", screen).update());
        return id.flatMap(this::screen);
    }

    /** The registered screen again, if it is not revoked; it is seen now. Asked by a running screen. */
    @Transactional
    public Optional<Screen> stillRegistered(long screenId) {
        int seen = jdbc.sql("UPDATE kiosk_screen SET last_seen_at = :now WHERE id = :id AND registered_at IS NOT NULL"
                        + " AND revoked_at IS NULL")
                .param("now", utc(clock.instant())).param("id", screenId).update();
        return seen == 1 ? screen(screenId) : Optional.empty();
    }

    /** Every registered screen, newest first. */
    @Secured({"ROLE_ADMIN", "ROLE_MODERATOR"})
    public List<Screen> all() {
        return jdbc.sql("SELECT id FROM kiosk_screen WHERE registered_at IS NOT NULL ORDER BY id DESC")
                .query(Long.class).list().stream().map(this::screen).flatMap(Optional::stream).toList();
    }

    /**
     * Revokes a screen: its credential and its venue tokens are refused from now on, and the fans who
     * came through it leave the crowd odds from now on (a discount of each of its days' cohorts, which
     * staff can lift on the bursts desk like any other).
     */
    @Secured({"ROLE_ADMIN", "ROLE_MODERATOR"})
    @Transactional
    public void revoke(long screenId) {
        String staff = Staff.current();
        int revoked = jdbc.sql("UPDATE kiosk_screen SET revoked_at = :now, revoked_by = :staff"
                        + " WHERE id = :id AND registered_at IS NOT NULL AND revoked_at IS NULL")
                .param("now", utc(clock.instant())).param("staff", staff).param("id", screenId).update();
        if (revoked == 1) {
            String name = screen(screenId).map(Screen::name).orElse("screen " + screenId);
            List<String> cohorts = discounts.cohortsOfVenue(venueOf(screenId));
            cohorts.forEach(cohort -> discounts.discount(cohort, "Screen “" + name + "” revoked"));
            audit.record(staff, "screen.revoked", "screen " + screenId, null,
                    cohorts.size() + " days of its fans discounted");
        }
    }

    @Override
    public boolean active(String venue) {
        long id;
        try {
            id = Long.parseLong(venue, 16);
        } catch (NumberFormatException notAScreen) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM kiosk_screen WHERE id = :id AND registered_at IS NOT NULL"
                + " AND revoked_at IS NULL").param("id", id).query(Integer.class).single() > 0;
    }

    @Override
    public Optional<String> name(String venue) {
        long id;
        try {
            id = Long.parseLong(venue, 16);
        } catch (NumberFormatException notAScreen) {
            return Optional.empty();
        }
        return screen(id).map(screen -> screen.name() + (screen.event() == null ? "" : " · " + screen.event()));
    }

    private Optional<Screen> screen(long id) {
        return jdbc.sql("SELECT id, name, event_name, registered_by, registered_at, last_seen_at, revoked_at"
                        + " FROM kiosk_screen WHERE id = :id AND registered_at IS NOT NULL")
                .param("id", id)
                .query((rs, n) -> new Screen(rs.getLong("id"), rs.getString("name"), rs.getString("event_name"),
                        rs.getString("registered_by"), instant(rs.getObject("registered_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_seen_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .optional();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String code() {
        var code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
