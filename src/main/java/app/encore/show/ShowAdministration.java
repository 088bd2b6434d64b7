package app.encore.show;

import app.encore.audit.AuditLog;
import app.encore.staff.Staff;
import org.springframework.security.access.annotation.Secured;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the official status right: always with a source title and link, every change kept
 * in the status history and the audit log. Each change is announced as {@link OfficialStatusChanged}:
 * open show pages and kiosks hear it through the {@link OfficialStatusFeed}; scoring forecasts on
 * resolution, which comes later, will listen for it too.
 */
@Service
@Secured("ROLE_ADMIN")
public class ShowAdministration {

    private final ShowRepository shows;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShowAdministration(ShowRepository shows, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.shows = shows;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException without a source title, or with a link that is not http(s)
     */
    @Transactional
    public void setOfficialStatus(long showId, OfficialStatus status, String sourceTitle, String sourceUrl) {
        if (sourceTitle == null || sourceTitle.isBlank() || sourceTitle.length() > 300) {
            throw new IllegalArgumentException("sourceTitle");
        }
        Source source;
        try {
            source = new Source(sourceTitle, null, sourceUrl, null);
        } catch (IllegalArgumentException badLink) {
            throw new IllegalArgumentException("sourceUrl", badLink);
        }
        if (source.url() == null) {
            throw new IllegalArgumentException("sourceUrl");
        }
        Show show = shows.findById(showId).orElseThrow();
        Instant now = clock.instant();
        String admin = Staff.current();
        show.announce(status, source, now);
        shows.save(show);
        jdbc.sql("INSERT INTO show_status_change (show_id, status, source_title, source_url, changed_by, changed_at)"
                        + " VALUES (:show, :status, :title, :url, :by, :at)")
                .param("show", showId).param("status", status.name()).param("title", source.title())
                .param("url", source.url()).param("by", admin).param("at", now.atOffset(ZoneOffset.UTC)).update();
        audit.record(admin, "show.status", "show " + show.slug(), null,
                status.name() + " per " + source.title() + " " + source.url());
        events.publishEvent(new OfficialStatusChanged(showId, status, now));
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(long showId) {
        return jdbc.sql("SELECT * FROM show_status_change WHERE show_id = :show ORDER BY changed_at DESC, id DESC")
                .param("show", showId)
                .query((rs, n) -> new StatusChange(OfficialStatus.valueOf(rs.getString("status")),
                        rs.getString("source_title"), rs.getString("source_url"), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
