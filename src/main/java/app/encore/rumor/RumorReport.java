package app.encore.rumor;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A fan's report that a published rumor is wrong or abusive. One per fan per rumor. */
@Table("rumor_report")
record RumorReport(UUID fanId, String reason, Instant reportedAt) {
}
