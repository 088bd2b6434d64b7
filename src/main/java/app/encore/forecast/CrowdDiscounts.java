package app.encore.forecast;

import app.encore.audit.AuditLog;
import app.encore.base.PlainText;
import app.encore.staff.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspicious bursts of new fans, for staff, and discounting a burst's votes from the crowd odds.
 * <p>
 * A burst is a cohort ({@link FanOrigins}) that brought many new fans: the new fans of one address,
 * or of one venue's kiosk, on one day. Staff may discount one, with a reason: its fans' votes then
 * leave the crowd odds of every show from that moment, and come back when the discount is lifted.
 * Every discount and lift is a row of its own (append-only) and an audit entry; the fans' own
 * forecasts are untouched, so their pages still show them.
 */
@Service
public class CrowdDiscounts {

    /** How many new fans in a cohort make it worth a look. */
    public static final int BURST = 10;

    /** A cohort that brought at least {@link #BURST} new fans. */
    public record Burst(String cohort, boolean venue, int newFans, Instant firstVote, Instant lastVote,
            List<Long> showIds, boolean discounted) {
    }

    /** One discount or lift, as made. */
    record Change(String cohort, boolean discounted, Instant at) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CrowdDiscounts(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The cohorts discounted now. */
    Set<String> current() {
        Map<String, Boolean> latest = new LinkedHashMap<>();
        changesBefore(null).forEach(change -> latest.put(change.cohort(), change.discounted()));
        Set<String> discounted = new LinkedHashSet<>();
        latest.forEach((cohort, on) -> {
            if (on) {
                discounted.add(cohort);
            }
        });
        return discounted;
    }

    /** Every discount and lift made before {@code before} (all if null), oldest first. */
    List<Change> changesBefore(Instant before) {
        return jdbc.sql("SELECT cohort, discounted, made_at FROM crowd_discount"
                        + (before == null ? "" : " WHERE made_at < :before") + " ORDER BY made_at, id")
                .params(before == null ? Map.of() : Map.of("before", before.atOffset(ZoneOffset.UTC)))
                .query((rs, n) -> new Change(rs.getString("cohort"), rs.getBoolean("discounted"),
                        rs.getObject("made_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Cohorts whose fans first voted since {@code since} and that brought at least {@link #BURST} new fans, the newest first. */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<Burst> bursts(Instant since) {
        Set<String> discounted = current();
        List<Burst> bursts = new ArrayList<>();
        jdbc.sql("SELECT cohort, COUNT(*) AS fans, MIN(first_vote_at) AS first_vote, MAX(first_vote_at) AS last_vote"
                        + " FROM fan_origin WHERE first_vote_at >= :since AND cohort IS NOT NULL"
                        + " GROUP BY cohort HAVING COUNT(*) >= :burst ORDER BY MAX(first_vote_at) DESC")
                .param("since", since.atOffset(ZoneOffset.UTC)).param("burst", BURST)
                .query(rs -> {
                    String cohort = rs.getString("cohort");
                    bursts.add(new Burst(cohort, FanOrigins.isVenue(cohort), rs.getInt("fans"),
                            rs.getObject("first_vote", OffsetDateTime.class).toInstant(),
                            rs.getObject("last_vote", OffsetDateTime.class).toInstant(), List.of(),
                            discounted.contains(cohort)));
                });
        return bursts.stream().map(burst -> new Burst(burst.cohort(), burst.venue(), burst.newFans(),
                burst.firstVote(), burst.lastVote(), List.copyOf(showsOf(burst.cohort())), burst.discounted()))
                .toList();
    }

    /** Every cohort of fans who came through the venue, one a day. */
    public List<String> cohortsOfVenue(String venue) {
        return jdbc.sql("SELECT DISTINCT cohort FROM fan_origin WHERE cohort LIKE :prefix ORDER BY cohort")
                .param("prefix", "v:" + venue + ":%").query(String.class).list();
    }

    /** The venue a cohort came through, if it is a venue's. */
    public static java.util.Optional<String> venueOf(String cohort) {
        String[] parts = cohort.split(":");
        return FanOrigins.isVenue(cohort) && parts.length == 3 ? java.util.Optional.of(parts[1]) : java.util.Optional.empty();
    }

    /** Takes the cohort's votes out of the crowd odds from now on. */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    @Transactional
    public void discount(String cohort, String reason) {
        change(cohort, true, reason);
    }

    /** Counts the cohort's votes in the crowd odds again, from now on. */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    @Transactional
    public void restore(String cohort, String reason) {
        change(cohort, false, reason);
    }

    private void change(String cohort, boolean discount, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || !PlainText.isText(why)) {
            throw new IllegalArgumentException("A reason is needed, in plain text");
        }
        if (current().contains(cohort) == discount) {
            return;
        }
        String by = Staff.current();
        jdbc.sql("INSERT INTO crowd_discount (cohort, discounted, reason, made_by, made_at)"
                        + " VALUES (:cohort, :discounted, :reason, :by, :at)")
                .param("cohort", cohort).param("discounted", discount)
                .param("reason", why.length() > 500 ? why.substring(0, 500) : why)
                .param("by", by).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        Set<Long> shows = showsOf(cohort);
        audit.record(by, discount ? "crowd.discounted" : "crowd.restored", "cohort " + cohort, why,
                shows.size() + " shows' crowd odds recomputed");
        events.publishEvent(new CrowdsChanged(shows));
    }

    private Set<Long> showsOf(String cohort) {
        return new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT show_id FROM forecast WHERE cohort = :cohort ORDER BY show_id")
                .param("cohort", cohort).query(Long.class).list());
    }
}
