package app.encore.fan;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is voting: new anonymous fans, the signed cookie that remembers them, and the display name a
 * fan may choose for the leaderboard.
 */
@Service
public class Fans {

    public static final int MIN_NAME = 2;
    public static final int MAX_NAME = 40;
    /** Letters of any script, digits, spaces and a little punctuation; no markup, no control characters. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} ._'-]+");

    private final FanCookieSigner signer;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Fans(FanCookieSigner signer, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.signer = signer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A new anonymous fan. Nothing is stored until the fan votes or picks a name. */
    public FanId newFan() {
        return FanId.random();
    }

    /**
     * The fan a cookie names, if we signed it and the fan has not deleted themselves; a tampered or
     * foreign cookie, or a deleted fan's, names nobody.
     */
    public Optional<FanId> recognise(@Nullable String cookieValue) {
        return signer.verify(cookieValue).filter(fan -> !isRetired(fan));
    }

    /** Whether this fan deleted themselves: their id is never a fan again. */
    @Transactional(readOnly = true)
    public boolean isRetired(FanId fan) {
        return jdbc.sql("SELECT COUNT(*) FROM retired_fan WHERE id_digest = :digest").param("digest", digest(fan))
                .query(Integer.class).single() > 0;
    }

    /**
     * Deletes the fan: their name goes, their id is retired (only its SHA-256 is kept, so their old
     * cookie names nobody), and {@link FanDeleted} tells every module to delete or anonymise what it
     * holds, in this same transaction: all of it goes, or nothing.
     *
     * @return the random id the fan's anonymous remains (history behind published scores) now carry;
     *     empty if the fan was deleted already
     */
    @Transactional
    public Optional<FanId> delete(FanId fan) {
        if (isRetired(fan)) {
            // Confirmed again in another tab: it is done already.
            return Optional.empty();
        }
        FanId anonymous = FanId.random();
        var now = clock.instant();
        jdbc.sql("INSERT INTO retired_fan (id_digest, retired_at) VALUES (:digest, :at)")
                .param("digest", digest(fan)).param("at", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("DELETE FROM fan WHERE id = :id").param("id", fan.value()).update();
        events.publishEvent(new FanDeleted(fan, anonymous, now));
        return Optional.of(anonymous);
    }

    private static String digest(FanId fan) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(fan.value().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The signed cookie value that remembers {@code fan}. */
    public String cookieValue(FanId fan) {
        return signer.sign(fan);
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(FanId fan) {
        return jdbc.sql("SELECT display_name FROM fan WHERE id = :id").param("id", fan.value())
                .query(String.class).optional();
    }

    /** The display names of those of {@code fans} who chose one. */
    @Transactional(readOnly = true)
    public Map<FanId, String> displayNames(Collection<FanId> fans) {
        Map<FanId, String> names = new HashMap<>();
        if (fans.isEmpty()) {
            return names;
        }
        List<UUID> ids = fans.stream().map(FanId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT id, display_name FROM fan WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        names.put(new FanId(rs.getObject("id", UUID.class)), rs.getString("display_name"));
                    });
        }
        return names;
    }

    /**
     * Sets the name shown for this fan on the leaderboard, trimmed, with inner spaces collapsed.
     *
     * @throws InvalidDisplayNameException if it is blank, shorter than {@value #MIN_NAME} or longer
     *     than {@value #MAX_NAME} characters, or has characters other than letters, digits, spaces
     *     and {@code . _ ' -}
     */
    // Not one transaction: each statement commits on its own, so a lost race on the INSERT (the same
    // fan naming itself in two tabs) can still fall back to the UPDATE, on PostgreSQL too.
    public String setDisplayName(FanId fan, String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        int length = clean.codePointCount(0, clean.length());
        if (length < MIN_NAME || length > MAX_NAME) {
            throw new InvalidDisplayNameException("A display name has " + MIN_NAME + " to " + MAX_NAME + " characters");
        }
        if (!NAME.matcher(clean).matches()) {
            throw new InvalidDisplayNameException("A display name has letters, digits, spaces and . _ ' - only");
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE fan SET display_name = :name, updated_at = :now WHERE id = :id")
                .param("name", clean).param("now", now).param("id", fan.value()).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO fan (id, display_name, created_at, updated_at) VALUES (:id, :name, :now, :now)")
                        .param("id", fan.value()).param("name", clean).param("now", now).update();
            } catch (DuplicateKeyException sameFanInAnotherTab) {
                jdbc.sql("UPDATE fan SET display_name = :name, updated_at = :now WHERE id = :id")
                        .param("name", clean).param("now", now).param("id", fan.value()).update();
            }
        }
        return clean;
    }
}
