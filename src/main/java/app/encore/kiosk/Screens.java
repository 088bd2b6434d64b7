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
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
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
 * Only digests of the pairing secret and the credential are stored, and the credential is rotated
 * ({@code encore.screens.credential-rotation}, a day) whenever the screen loads its page after that.
 * <p>
 * A running screen reports every few seconds ({@link #report}): when it last loaded, what it shows,
 * its browser. Staff see from that whether it is online ({@code encore.screens.offline-after}), and
 * what they set on the desk ({@link #configure}, {@link #reload}) is the answer to its next report, so
 * it reaches the screen on whichever node it runs, and reaches one that was cut off once it is back.
 * Below its QR code a registered screen prints a short address ({@link #shortAddress}, {@code /v/K7Q2X})
 * that stands for the show and its venue token and expires with the token.
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
    /**
     * Short addresses one address may miss in 15 minutes: a venue's fans mistyping pass, guessing
     * the five letters (28 million) does not; past it, that address's look-ups are refused for a while.
     */
    static final app.encore.base.RateLimitBuckets.Limit SHORT_ADDRESS_MISSES =
            new app.encore.base.RateLimitBuckets.Limit(100, Duration.ofMinutes(15));
    static final int SHORT_CODE_LENGTH = 5;
    /** How long the credential before the newest is still accepted, for a screen whose rotation was lost on the way. */
    static final Duration CREDENTIAL_GRACE = Duration.ofHours(1);
    /** The most new fans an hour staff can allow one screen. */
    public static final int MAX_ALLOWANCE = 100_000;
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A pairing the screen holds: the code it shows, and the secret it alone knows. */
    public record Pairing(long id, String code, String secret) {
    }

    /**
     * A registered screen, as the kiosk and the desk see it.
     *
     * @param loadedAt when it last loaded its page, as it reported
     * @param showing the titles it rotates through, as it reported
     * @param browser its browser's own description of itself, as it reported
     * @param settings what staff set for it on the desk (a kiosk address's query), or null: its own address
     * @param allowance new fans an hour staff allow it, or null for the site's default
     */
    public record Screen(long id, String name, @Nullable String event, String registeredBy, Instant registeredAt,
            @Nullable Instant lastSeen, @Nullable Instant revokedAt, @Nullable Instant loadedAt,
            @Nullable String showing, @Nullable String browser, @Nullable String settings,
            @Nullable Integer allowance) {

        /** The venue its fans count as: its own, whatever it shows. */
        public String venue() {
            return venueOf(id);
        }

        public boolean revoked() {
            return revokedAt != null;
        }

        /** Whether it reported within {@code offlineAfter} of {@code now}. */
        public boolean online(Instant now, Duration offlineAfter) {
            return !revoked() && lastSeen != null && lastSeen.isAfter(now.minus(offlineAfter));
        }

        /** The desk's settings for it, if staff set any. */
        public Optional<KioskSettings> deskSettings() {
            return settings == null ? Optional.empty() : Optional.of(KioskSettings.fromQuery(settings));
        }
    }

    /** A screen that loaded its page: who it is and, when its credential was due, the new one for its cookie. */
    public record Seen(Screen screen, @Nullable String rotatedCredential) {
    }

    /** What a running screen does after it reported: the desk's word, on whichever node it runs. */
    public sealed interface Instruction {
        /** Nothing changed. */
        record CarryOn() implements Instruction {
        }

        /** Staff asked it to reload. */
        record Reload() implements Instruction {
        }

        /** Staff set what it shows: it follows these settings (a kiosk address's query). */
        record Follow(String settings) implements Instruction {
        }

        /** It was revoked: from now on it is the public kiosk. */
        record Revoked() implements Instruction {
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final app.encore.forecast.CrowdDiscounts discounts;
    private final app.encore.base.RateLimitBuckets buckets;
    private final app.encore.forecast.VenueTokens venueTokens;
    private final Duration offlineAfter;
    private final Duration rotation;
    /** Addresses that missed too many short addresses: refused before any look-up, for a while. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> guessing =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000)
                    .expireAfterWrite(SHORT_ADDRESS_MISSES.period().toMinutes(), TimeUnit.MINUTES).build();

    Screens(JdbcClient jdbc, AuditLog audit, Clock clock, app.encore.forecast.CrowdDiscounts discounts,
            app.encore.base.RateLimitBuckets buckets, app.encore.forecast.VenueTokens venueTokens,
            @Value("${encore.screens.offline-after:1m}") Duration offlineAfter,
            @Value("${encore.screens.credential-rotation:1d}") Duration rotation) {
        this.buckets = buckets;
        this.venueTokens = venueTokens;
        this.offlineAfter = offlineAfter;
        this.rotation = rotation;
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
                        + " credential_issued_at = :now, last_seen_at = :now WHERE pairing_secret_hash = :secret AND registered_at IS NOT NULL"
                        + " AND claimed_at IS NULL AND revoked_at IS NULL")
                .param("credential", digest(credential)).param("now", utc(clock.instant()))
                .param("secret", digest(secret)).update();
        return claimed == 1 ? Optional.of(credential) : Optional.empty();
    }

    /**
     * The registered, unrevoked screen a credential belongs to, as it loads its page; it is seen now.
     * A credential older than {@code encore.screens.credential-rotation} is replaced: the answer
     * carries the new one, and the old one is accepted once within {@link #CREDENTIAL_GRACE}, in case
     * the new one is lost on its way. A copied credential thus lives until the next rotation at most,
     * or, used after it, locks out one of the two that hold it.
     */
    @Transactional
    public Optional<Seen> seen(@Nullable String credential) {
        if (credential == null || credential.isBlank() || credential.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String presented = digest(credential);
        record Held(long id, String current, @Nullable Instant issuedAt) {
        }
        Optional<Held> held = jdbc.sql("SELECT id, credential_hash, credential_issued_at FROM kiosk_screen"
                        + " WHERE revoked_at IS NULL AND (credential_hash = :credential"
                        + " OR (previous_credential_hash = :credential AND credential_issued_at > :graceSince))")
                .param("credential", presented).param("graceSince", utc(now.minus(CREDENTIAL_GRACE)))
                .query((rs, n) -> new Held(rs.getLong(1), rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        long id = held.get().id();
        boolean previous = !held.get().current().equals(presented);
        boolean due = previous || held.get().issuedAt() == null || !held.get().issuedAt().isAfter(now.minus(rotation));
        String rotated = null;
        if (due) {
            rotated = secret();
            // One new credential per rotation: only if no other load rotated it meanwhile. The one
            // before the newest, presented in its grace (its rotation's answer lost on the way), gets a
            // new one too, and the newest it was replaced by is refused from now: of a credential and
            // its copy, one goes on and the other finds itself the public kiosk.
            int updated = jdbc.sql("UPDATE kiosk_screen SET previous_credential_hash = :previous,"
                            + " credential_hash = :fresh, credential_issued_at = :now WHERE id = :id"
                            + " AND credential_hash = :current")
                    .param("previous", previous ? null : held.get().current())
                    .param("fresh", digest(rotated)).param("now", utc(now)).param("id", id)
                    .param("current", held.get().current()).update();
            if (updated == 0) {
                rotated = null;
            }
        }
        jdbc.sql("UPDATE kiosk_screen SET last_seen_at = :now WHERE id = :id").param("now", utc(now)).param("id", id)
                .update();
        String newCredential = rotated;
        return screen(id).map(screen -> new Seen(screen, newCredential));
    }

    /**
     * A running screen reports: it is there, it loaded at {@code loadedAt}, rotates through
     * {@code showing} with these settings, in this browser. The answer is what staff set on the desk.
     *
     * @param settings the kiosk address's query it runs with ({@link KioskSettings#toQuery()})
     */
    @Transactional
    public Instruction report(long screenId, Instant loadedAt, String settings, List<String> showing, String browser) {
        int seen = jdbc.sql("UPDATE kiosk_screen SET last_seen_at = :now, loaded_at = :loaded, showing = :showing,"
                        + " browser = :browser WHERE id = :id AND registered_at IS NOT NULL AND revoked_at IS NULL")
                .param("now", utc(clock.instant())).param("loaded", utc(loadedAt))
                .param("showing", line(String.join(" · ", showing), 1000)).param("browser", line(browser, 200))
                .param("id", screenId).update();
        if (seen == 0) {
            return new Instruction.Revoked();
        }
        record Desk(@Nullable String settings, @Nullable Instant reload) {
        }
        Desk desk = jdbc.sql("SELECT settings, reload_requested_at FROM kiosk_screen WHERE id = :id")
                .param("id", screenId)
                .query((rs, n) -> new Desk(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class))))
                .single();
        if (desk.reload() != null && desk.reload().isAfter(loadedAt)) {
            return new Instruction.Reload();
        }
        if (desk.settings() != null && !desk.settings().equals(settings)) {
            return new Instruction.Follow(desk.settings());
        }
        return new Instruction.CarryOn();
    }

    /** The registered screen again, if it is not revoked; it is seen now. Asked by a running screen. */
    @Transactional
    public Optional<Screen> stillRegistered(long screenId) {
        int seen = jdbc.sql("UPDATE kiosk_screen SET last_seen_at = :now WHERE id = :id AND registered_at IS NOT NULL"
                        + " AND revoked_at IS NULL")
                .param("now", utc(clock.instant())).param("id", screenId).update();
        return seen == 1 ? screen(screenId) : Optional.empty();
    }

    /**
     * Staff set what a screen shows, how fast, in which theme and language, and how many new fans an
     * hour it may bring; the screen follows at its next report.
     *
     * @param allowance new fans an hour, or null for the site's default
     * @throws IllegalArgumentException "allowance" when below 1 or above {@link #MAX_ALLOWANCE}
     */
    @Secured({"ROLE_ADMIN", "ROLE_MODERATOR"})
    @Transactional
    public Screen configure(long screenId, KioskSettings settings, @Nullable Integer allowance) {
        if (allowance != null && (allowance < 1 || allowance > MAX_ALLOWANCE)) {
            throw new IllegalArgumentException("allowance");
        }
        String staff = Staff.current();
        String query = settings.toQuery();
        int changed = jdbc.sql("UPDATE kiosk_screen SET settings = :settings, allowance = :allowance"
                        + " WHERE id = :id AND registered_at IS NOT NULL AND revoked_at IS NULL")
                .param("settings", query).param("allowance", allowance).param("id", screenId).update();
        if (changed == 0) {
            throw new IllegalArgumentException("screen");
        }
        audit.record(staff, "screen.configured", "screen " + screenId, null,
                (query.isEmpty() ? "its defaults" : query) + "; "
                        + (allowance == null ? "the default allowance" : allowance + " new fans an hour"));
        return screen(screenId).orElseThrow();
    }

    /** Staff ask a screen to reload its page; it does at its next report. */
    @Secured({"ROLE_ADMIN", "ROLE_MODERATOR"})
    @Transactional
    public void reload(long screenId) {
        String staff = Staff.current();
        int asked = jdbc.sql("UPDATE kiosk_screen SET reload_requested_at = :now WHERE id = :id"
                        + " AND registered_at IS NOT NULL AND revoked_at IS NULL")
                .param("now", utc(clock.instant())).param("id", screenId).update();
        if (asked == 1) {
            audit.record(staff, "screen.reload", "screen " + screenId, null, "asked to reload");
        }
    }

    /** How long a screen may go without reporting before the desk marks it offline. */
    public Duration offlineAfter() {
        return offlineAfter;
    }

    /** How many registered, unrevoked screens that have run once stopped reporting. */
    public int offline() {
        return jdbc.sql("SELECT COUNT(*) FROM kiosk_screen WHERE registered_at IS NOT NULL AND revoked_at IS NULL"
                        + " AND last_seen_at IS NOT NULL AND last_seen_at <= :since")
                .param("since", utc(clock.instant().minus(offlineAfter))).query(Integer.class).single();
    }

    /**
     * A short address for a registered screen to print below a show's QR code: five letters that
     * stand for the show with this venue token, and expire with the token.
     *
     * @return the code, e.g. {@code K7Q2X}, for {@code /v/K7Q2X}
     */
    public String shortAddress(long screenId, String slug, String token) {
        Instant now = clock.instant();
        Instant expires = venueTokens.expiresAt(token).orElse(now);
        jdbc.sql("DELETE FROM kiosk_short_address WHERE expires_at <= :now").param("now", utc(now)).update();
        // Not one transaction: a code another node took at the same moment fails alone, and we draw again.
        for (int attempt = 0; ; attempt++) {
            String code = code(SHORT_CODE_LENGTH);
            try {
                jdbc.sql("INSERT INTO kiosk_short_address (code, screen_id, show_slug, token, expires_at)"
                                + " VALUES (:code, :screen, :slug, :token, :expires)")
                        .param("code", code).param("screen", screenId).param("slug", slug).param("token", token)
                        .param("expires", utc(expires)).update();
                return code;
            } catch (DuplicateKeyException taken) {
                if (attempt >= 5) {
                    throw taken;
                }
            }
        }
    }

    /** What a short address leads to. */
    public sealed interface ShortAddress {
        /** The show's address with its venue token, relative to the site: {@code shows/slug?v=token}. */
        record Show(String path) implements ShortAddress {
        }

        /** No such address now: mistyped, expired, or its screen revoked. */
        record Unknown() implements ShortAddress {
        }

        /** This address missed too often: refused without a look-up for a while. */
        record TooMany() implements ShortAddress {
        }
    }

    /**
     * Where the short address {@code code} leads a fan from {@code address}. Spaces, dashes and case
     * do not matter; each miss costs the address one of {@link #SHORT_ADDRESS_MISSES}.
     */
    public ShortAddress follow(String code, String address) {
        if (guessing.getIfPresent(address) != null) {
            return new ShortAddress.TooMany();
        }
        String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        Optional<String> path = !clean.matches("[" + CODE_LETTERS + "]{" + SHORT_CODE_LENGTH + "}") ? Optional.empty()
                : jdbc.sql("SELECT a.show_slug, a.token FROM kiosk_short_address a JOIN kiosk_screen s ON s.id = a.screen_id"
                                + " WHERE a.code = :code AND a.expires_at > :now AND s.revoked_at IS NULL")
                        .param("code", clean).param("now", utc(clock.instant()))
                        .query((rs, n) -> "shows/" + rs.getString(1) + "?v=" + rs.getString(2)).optional();
        if (path.isPresent()) {
            return new ShortAddress.Show(path.get());
        }
        if (!buckets.tryTake("short-address-miss:" + address, SHORT_ADDRESS_MISSES)) {
            guessing.put(address, Boolean.TRUE);
            return new ShortAddress.TooMany();
        }
        return new ShortAddress.Unknown();
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
        OptionalLong venueScreen = screenOf(venue);
        if (venueScreen.isEmpty()) {
            return false;
        }
        long id = venueScreen.getAsLong();
        return jdbc.sql("SELECT COUNT(*) FROM kiosk_screen WHERE id = :id AND registered_at IS NOT NULL"
                + " AND revoked_at IS NULL").param("id", id).query(Integer.class).single() > 0;
    }

    @Override
    public Optional<String> name(String venue) {
        OptionalLong venueScreen = screenOf(venue);
        if (venueScreen.isEmpty()) {
            return Optional.empty();
        }
        long id = venueScreen.getAsLong();
        return screen(id).map(screen -> screen.name() + (screen.event() == null ? "" : " · " + screen.event()));
    }

    @Override
    public OptionalInt allowance(String venue) {
        OptionalLong venueScreen = screenOf(venue);
        if (venueScreen.isEmpty()) {
            return OptionalInt.empty();
        }
        long id = venueScreen.getAsLong();
        return screen(id).map(Screen::allowance).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The screen a venue names: a screen's venue is its id in hex ({@link #venueOf}). */
    private static OptionalLong screenOf(String venue) {
        try {
            return OptionalLong.of(Long.parseLong(venue, 16));
        } catch (NumberFormatException notAScreen) {
            return OptionalLong.empty();
        }
    }

    /** The screen, registered, revoked or not. */
    public Optional<Screen> screen(long id) {
        return jdbc.sql("SELECT id, name, event_name, registered_by, registered_at, last_seen_at, revoked_at,"
                        + " loaded_at, showing, browser, settings, allowance"
                        + " FROM kiosk_screen WHERE id = :id AND registered_at IS NOT NULL")
                .param("id", id)
                .query((rs, n) -> new Screen(rs.getLong("id"), rs.getString("name"), rs.getString("event_name"),
                        rs.getString("registered_by"), instant(rs.getObject("registered_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_seen_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        instant(rs.getObject("loaded_at", OffsetDateTime.class)), rs.getString("showing"),
                        rs.getString("browser"), rs.getString("settings"), (Integer) rs.getObject("allowance", Integer.class)))
                .optional();
    }

    /** Text a screen reports, as one plain line of at most {@code max} characters. */
    private static String line(@Nullable String text, int max) {
        String plain = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
        return plain.length() <= max ? plain : plain.substring(0, max);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String code() {
        return code(6);
    }

    private static String code(int length) {
        var code = new StringBuilder();
        for (int i = 0; i < length; i++) {
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
