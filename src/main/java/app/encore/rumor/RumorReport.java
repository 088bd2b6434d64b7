package app.encore.rumor;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A fan's report that a published rumor is wrong or abusive: a category, and words if they gave any. One per fan per rumor. */
@Table("rumor_report")
record RumorReport(UUID fanId, ReportCategory category, @Nullable String reason, Instant reportedAt) {
}
