package app.encore.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded action. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject,
        @Nullable String reason, @Nullable String details) {
}
