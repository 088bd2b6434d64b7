package app.encore.show;

import app.encore.audit.AuditLog;
import app.encore.show.ShowFacts.FieldChange;
import app.encore.show.ShowRules.Problem;
import app.encore.staff.Staff;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the catalogue: moderators and admins add shows (as drafts), edit every fact a show page
 * shows, publish and hide; admins alone delete. Every change is checked as a whole
 * ({@link ShowRules}), kept as a revision (who, when, each field from and to) and in the audit log,
 * and refused if someone else saved the show since the editor opened it.
 */
@Service
@Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
public class ShowEditing {

    private final ShowRepository shows;
    private final ShowRevisions revisions;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ShowEditing(ShowRepository shows, ShowRevisions revisions, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.shows = shows;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A show as staff see it, whatever its visibility. */
    @Transactional(readOnly = true)
    public Optional<Show> find(long showId) {
        return shows.findById(showId);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<ShowRevision> revisions(long showId) {
        return revisions.of(showId);
    }

    /** Shows whose title, Korean title or slug contains the text (any, if blank), by title; drafts too. */
    @Transactional(readOnly = true)
    public List<StaffShowRow> list(@Nullable String text, int offset, int limit) {
        return jdbc.sql("SELECT id, slug, title, native_title, visibility, official_status FROM shows" + where(text)
                        + " ORDER BY LOWER(title), id LIMIT :limit OFFSET :offset")
                .params(whereParams(text)).param("limit", limit).param("offset", offset)
                .query(ShowEditing::staffRow)
                .list();
    }

    @Transactional(readOnly = true)
    public int count(@Nullable String text) {
        return jdbc.sql("SELECT COUNT(*) FROM shows" + where(text)).params(whereParams(text))
                .query(Integer.class).single();
    }

    /** One line of the staff list; the same show is the same row, whatever changed in it. */
    public record StaffShowRow(long id, String slug, String title, @Nullable String nativeTitle, Visibility visibility,
            OfficialStatus officialStatus) {

        @Override
        public boolean equals(Object other) {
            return other instanceof StaffShowRow row && row.id == id;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    /** One show's line of the staff list. */
    @Transactional(readOnly = true)
    public Optional<StaffShowRow> row(long showId) {
        return jdbc.sql("SELECT id, slug, title, native_title, visibility, official_status FROM shows WHERE id = :id")
                .param("id", showId)
                .query(ShowEditing::staffRow)
                .optional();
    }

    /**
     * Adds a show as a draft, which fans cannot see until it is published.
     *
     * @throws InvalidShowException with every problem, by field
     */
    @Transactional
    public long create(ShowFacts facts) {
        throwIfAny(ShowRules.check(facts, this::slugTaken));
        Instant now = clock.instant();
        Show show = Show.builder(facts.slug(), facts.title()).visibility(Visibility.DRAFT).create(now);
        show.apply(facts);
        Show saved = saveCatchingTakenSlug(show);
        String by = Staff.current();
        revisions.add(saved.id(), by, now, ShowRevision.Kind.CREATED, facts.changesFrom(ShowFacts.empty()));
        audit.record(by, "show.created", "show " + saved.slug(), null, "draft");
        return saved.id();
    }

    /**
     * Saves new facts over the show as it was at {@code version}. A published show must stay
     * publishable (every group of facts sourced).
     *
     * @return the fields that changed (none: nothing was saved)
     * @throws ShowEditConflictException if someone saved the show since {@code version}
     * @throws InvalidShowException with every problem, by field
     */
    @Transactional
    public List<FieldChange> update(long showId, int version, ShowFacts facts) {
        Show show = current(showId, version);
        Map<String, Problem> problems = show.visibility() == Visibility.PUBLISHED
                ? ShowRules.checkForPublishing(facts, slug -> slugTakenByOther(slug, showId))
                : ShowRules.check(facts, slug -> slugTakenByOther(slug, showId));
        throwIfAny(problems);
        List<FieldChange> changes = facts.changesFrom(ShowFacts.of(show));
        if (changes.isEmpty()) {
            return changes;
        }
        String before = show.slug();
        show.apply(facts);
        saveCatchingTakenSlug(show);
        String by = Staff.current();
        revisions.add(showId, by, clock.instant(), ShowRevision.Kind.EDITED, changes);
        audit.record(by, "show.edited", "show " + before, null,
                changes.stream().map(FieldChange::field).collect(Collectors.joining(", ")));
        return changes;
    }

    /**
     * Fans can find the show from now on.
     *
     * @throws InvalidShowException if a group of facts has no source, or there is no source at all
     */
    @Transactional
    public void publish(long showId, int version) {
        Show show = current(showId, version);
        throwIfAny(ShowRules.checkForPublishing(ShowFacts.of(show), slug -> slugTakenByOther(slug, showId)));
        show.publish();
        shows.save(show);
        String by = Staff.current();
        revisions.add(showId, by, clock.instant(), ShowRevision.Kind.PUBLISHED, List.of());
        audit.record(by, "show.published", "show " + show.slug(), null, null);
    }

    /** Takes the show off the list again; its forecasts and rumors stay. */
    @Transactional
    public void hide(long showId, int version, String reason) {
        Show show = current(showId, version);
        show.hide();
        shows.save(show);
        String by = Staff.current();
        revisions.add(showId, by, clock.instant(), ShowRevision.Kind.HIDDEN, List.of());
        audit.record(by, "show.hidden", "show " + show.slug(), reason, null);
    }

    /**
     * Deletes a show nobody has forecast or sent a rumor about and whose status never changed (a
     * mistaken draft, say). Any other show keeps its history: hide it instead.
     *
     * @return false if the show has forecasts, rumors or a status history, and was left as it was
     */
    @Transactional
    @Secured("ROLE_ADMIN")
    public boolean delete(long showId, int version) {
        Show show = current(showId, version);
        int uses = jdbc.sql("SELECT (SELECT COUNT(*) FROM forecast_history WHERE show_id = :show)"
                        + " + (SELECT COUNT(*) FROM rumor WHERE show_id = :show)"
                        + " + (SELECT COUNT(*) FROM show_status_change WHERE show_id = :show)")
                .param("show", showId).query(Integer.class).single();
        if (uses > 0) {
            return false;
        }
        jdbc.sql("DELETE FROM crowd_odds_point WHERE show_id = :show").param("show", showId).update();
        shows.delete(show);
        audit.record(Staff.current(), "show.deleted", "show " + show.slug(), null, show.title());
        return true;
    }

    private Show current(long showId, int version) {
        Show show = shows.findById(showId).orElseThrow(() -> new ShowEditConflictException(null));
        if (!Objects.equals(show.version(), version)) {
            throw new ShowEditConflictException(revisions.latest(showId).orElse(null));
        }
        return show;
    }

    private Show saveCatchingTakenSlug(Show show) {
        try {
            return shows.save(show);
        } catch (DuplicateKeyException slugTakenMeanwhile) {
            throw new InvalidShowException(Map.of("slug", Problem.of("show-edit.error.slug-taken")));
        } catch (OptimisticLockingFailureException savedMeanwhile) {
            throw new ShowEditConflictException(show.id() == null ? null : revisions.latest(show.id()).orElse(null));
        }
    }

    private static StaffShowRow staffRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffShowRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("native_title"), Visibility.valueOf(rs.getString("visibility")),
                OfficialStatus.valueOf(rs.getString("official_status")));
    }

    private boolean slugTaken(String slug) {
        return slugTakenByOther(slug, -1);
    }

    /** Whether a show other than this one (none: -1) has the address. */
    private boolean slugTakenByOther(String slug, long showId) {
        return jdbc.sql("SELECT COUNT(*) FROM shows WHERE slug = :slug AND id <> :id").param("slug", slug)
                .param("id", showId).query(Integer.class).single() > 0;
    }

    private static void throwIfAny(Map<String, Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidShowException(problems);
        }
    }

    private static String where(@Nullable String text) {
        return text == null || text.isBlank() ? ""
                : " WHERE LOWER(title) LIKE :text OR LOWER(COALESCE(native_title, '')) LIKE :text OR slug LIKE :text";
    }

    private static Map<String, Object> whereParams(@Nullable String text) {
        return text == null || text.isBlank() ? Map.of()
                : Map.of("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "").replace("%", "").replace("_", "") + "%");
    }
}
