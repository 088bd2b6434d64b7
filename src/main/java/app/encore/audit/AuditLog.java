package app.encore.audit;

import app.encore.base.PlainText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what moderators and admins do, in the same transaction as the action itself, so an
 * action without its entry cannot happen. There is deliberately no update or delete here.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Must run inside the action's transaction: the entry commits or rolls back with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subject, @Nullable String reason, @Nullable String details) {
        jdbc.sql("INSERT INTO audit_entry (occurred_at, actor, action, subject, reason, details)"
                        + " VALUES (:at, :actor, :action, :subject, :reason, :details)")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("subject", truncate(subject, 300))
                .param("reason", truncate(reason, 1000))
                .param("details", truncate(details, 2000))
                .update();
    }

    /** Entries matching {@code text} in any field (blank: all), newest first. */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<AuditEntry> search(@Nullable String text, int offset, int limit) {
        var sql = jdbc.sql("SELECT * FROM audit_entry" + where(text) + " ORDER BY occurred_at DESC, id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset);
        if (hasText(text)) {
            sql = sql.param("text", pattern(text));
        }
        return sql.query(AuditLog::entry).list();
    }

    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public int count(@Nullable String text) {
 var sql = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where(text));
        if (hasText(text)) {
            sql = sql.param("text", pattern(text));
        }
        return sql.query(Integer.class).single();
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static String where(@Nullable String text) {
        return !hasText(text) ? ""
                : " WHERE LOWER(actor) LIKE :text ESCAPE '\\' OR LOWER(action) LIKE :text ESCAPE '\\'"
                        + " OR LOWER(subject) LIKE :text ESCAPE '\\' OR LOWER(COALESCE(reason, '')) LIKE :text ESCAPE '\\'"
                        + " OR LOWER(COALESCE(details, '')) LIKE :text ESCAPE '\\'";
    }

    private static String pattern(@Nullable String text) {
        String plain = PlainText.forSearch(text).strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("reason"),
                rs.getString("details"));
    }
}
