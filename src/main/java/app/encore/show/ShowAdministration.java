package app.encore.show;

import app.encore.audit.AuditLog;
import app.encore.base.ClusterChannel;
import app.encore.base.PlainText;
import app.encore.staff.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the official status right: always with a source title and link, every change kept
 * in the status history and the audit log, with when the network announced it. Each change is
 * announced as {@link OfficialStatusChanged}: the resolution of the show's question listens in the
 * same transaction, and open show pages and kiosks hear it through the {@link OfficialStatusFeed}.
 */
@Service
@Secured("ROLE_ADMIN")
public class ShowAdministration {

    private final ShowRepository shows;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterChannel cluster;

    ShowAdministration(ShowRepository shows, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, ClusterChannel cluster) {
        this.cluster = cluster;
        this.shows = shows;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a status the network announced just now. */
    @Transactional
    public void setOfficialStatus(long showId, OfficialStatus status, String sourceTitle, String sourceUrl) {
        setOfficialStatus(showId, status, sourceTitle, sourceUrl, clock.instant());
    }

    /**
     * Records what the network announced at {@code announcedAt}, which may be earlier than now (an
     * admin may learn of it a day late): forecasts made from that moment on do not count.
     *
     * @throws IllegalArgumentException without a source title ("sourceTitle"), with a link that is
     *     not http(s) ("sourceUrl"), or with an announcement in the future ("announcedAt")
     */
    @Transactional
    public void setOfficialStatus(long showId, OfficialStatus status, String sourceTitle, String sourceUrl,
            Instant announcedAt) {
        setOfficialStatus(showId, status, sourceTitle, sourceUrl, null, announcedAt);
    }

    /**
     * As {@link #setOfficialStatus(long, OfficialStatus, String, String, Instant)}, with the words of the
     * announcement that state the status ({@code sourceQuote}, optional), shown with it on the page.
     *
     * @throws IllegalArgumentException also for words over 600 characters or holding control
     *     characters ("sourceQuote")
     */
    @Transactional
    public void setOfficialStatus(long showId, OfficialStatus status, String sourceTitle, String sourceUrl,
            @Nullable String sourceQuote, Instant announcedAt) {
        Source source = checkStatus(sourceTitle, sourceUrl, sourceQuote, announcedAt);
        Instant now = clock.instant();
        Show show = shows.findById(showId).orElseThrow();
        OfficialStatus previous = show.officialStatus();
        String admin = Staff.current();
        show.announce(status, source, announcedAt);
        shows.save(show);
        recordChange(showId, status, source, admin, now, announcedAt, null);
        audit.record(admin, "show.status", "show " + show.slug(), null,
                status.name() + " per " + source.title() + " " + source.url() + ", announced "
                        + announcedAt);
        events.publishEvent(new OfficialStatusChanged(showId, status, previous, source, announcedAt, now, null));
        cluster.send(LocalOfficialStatusFeed.TOPIC, Long.toString(showId));
    }

    /**
     * Checks a status's source and announcement time as {@link #setOfficialStatus} does, without saving
     * anything: what staff are asked to confirm has already passed.
     *
     * @return the source, its link normalised
     * @throws IllegalArgumentException as {@link #setOfficialStatus} does
     */
    public Source checkStatus(String sourceTitle, String sourceUrl, Instant announcedAt) {
        return checkStatus(sourceTitle, sourceUrl, null, announcedAt);
    }

    /** {@link #checkStatus(String, String, Instant)} with the announcement's words. */
    public Source checkStatus(String sourceTitle, String sourceUrl, @Nullable String sourceQuote, Instant announcedAt) {
        if (sourceQuote != null && (sourceQuote.strip().length() > 600 || !PlainText.isLine(sourceQuote))) {
            throw new IllegalArgumentException("sourceQuote");
        }
        if (sourceTitle == null || sourceTitle.isBlank() || sourceTitle.length() > 300 || !PlainText.isLine(sourceTitle)) {
            throw new IllegalArgumentException("sourceTitle");
        }
        Source source;
        try {
            source = new Source(sourceTitle, null, sourceUrl, null, null, sourceQuote);
        } catch (IllegalArgumentException badLink) {
            throw new IllegalArgumentException("sourceUrl", badLink);
        }
        if (source.url() == null) {
            throw new IllegalArgumentException("sourceUrl");
        }
        if (announcedAt == null || announcedAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("announcedAt");
        }
        return source;
    }

    /**
     * Withdraws a status recorded from a mistaken source: the show is unannounced again and its
     * question reopens. The withdrawn status stays in the history, with the reason.
     *
     * @throws IllegalArgumentException without a reason, or with one over 500 characters ("reason")
     * @throws IllegalStateException if the show has no status to withdraw
     */
    @Transactional
    public void withdrawStatus(long showId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500 || !PlainText.isText(reason)) {
            throw new IllegalArgumentException("reason");
        }
        Show show = shows.findById(showId).orElseThrow();
        OfficialStatus previous = show.officialStatus();
        if (previous.isOpen()) {
            throw new IllegalStateException("Show " + show.slug() + " has no status to withdraw");
        }
        Instant now = clock.instant();
        String admin = Staff.current();
        Source withdrawn = show.statusSource();
        show.announce(OfficialStatus.UNANNOUNCED, null, now);
        shows.save(show);
        recordChange(showId, OfficialStatus.UNANNOUNCED,
                withdrawn == null ? Source.titled(previous.name()) : withdrawn, admin, now, null, reason.strip());
        audit.record(admin, "show.status-withdrawn", "show " + show.slug(), reason.strip(),
                previous.name() + " withdrawn; the question is open again");
        events.publishEvent(new OfficialStatusChanged(showId, OfficialStatus.UNANNOUNCED, previous, null, now, now,
                reason.strip()));
        cluster.send(LocalOfficialStatusFeed.TOPIC, Long.toString(showId));
    }

    private void recordChange(long showId, OfficialStatus status, Source source, String admin, Instant now,
            @Nullable Instant announcedAt, @Nullable String note) {
        jdbc.sql("INSERT INTO show_status_change (show_id, status, source_title, source_url, changed_by, changed_at,"
                        + " announced_at, note) VALUES (:show, :status, :title, :url, :by, :at, :announced, :note)")
                .param("show", showId).param("status", status.name()).param("title", source.title())
                .param("url", source.url()).param("by", admin).param("at", now.atOffset(ZoneOffset.UTC))
                .param("announced", announcedAt == null ? null : announcedAt.atOffset(ZoneOffset.UTC))
                .param("note", note).update();
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(long showId) {
        return jdbc.sql("SELECT * FROM show_status_change WHERE show_id = :show ORDER BY changed_at DESC, id DESC")
                .param("show", showId)
                .query((rs, n) -> new StatusChange(OfficialStatus.valueOf(rs.getString("status")),
                        rs.getString("source_title"), rs.getString("source_url"), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("announced_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null),
                        rs.getString("note")))
                .list();
    }
}
