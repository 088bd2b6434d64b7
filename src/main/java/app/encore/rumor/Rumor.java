package app.encore.rumor;

import app.encore.base.PlainText;
import app.encore.base.WebLink;
import app.encore.fan.FanId;
import app.encore.show.Show;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A claim about a show's future, from submission to verdict: PENDING → PUBLISHED or REJECTED.
 * Reports from {@value #REPORTS_TO_RECALL} different fans send a published rumor back to PENDING,
 * hidden until a moderator decides again. The reports belong to the rumor.
 */
@Table("rumor")
class Rumor {

    static final int REPORTS_TO_RECALL = 3;

    private @Id @Nullable Long id;
    /** Null until first saved: Spring Data JDBC then inserts; rows loaded from SQL start at 0. */
    private @Version @Nullable Integer version;
    @Column("show_id")
    private final AggregateReference<Show, Long> show;
    private String headline;
    private @Nullable String details;
    private @Nullable String sourceUrl;
    private @Nullable String sourceTitle;
    private SourceKind sourceKind;
    private LocalDate firstSeen;
    private final UUID submittedBy;
    private final Instant submittedAt;
    private ModerationState moderationState;
    private boolean reportedBack;
    private @Nullable String rejectionReason;
    private @Nullable Instant publishedAt;
    private @Nullable String decidedBy;
    private Verdict verdict;
    private @Nullable String verdictNote;
    private @Nullable String verdictEvidenceUrl;
    @MappedCollection(idColumn = "rumor_id")
    private Set<RumorReport> reports;

    @PersistenceCreator
    Rumor(@Nullable Long id, @Nullable Integer version, AggregateReference<Show, Long> show, String headline, @Nullable String details,
            @Nullable String sourceUrl, @Nullable String sourceTitle, SourceKind sourceKind, LocalDate firstSeen,
            UUID submittedBy, Instant submittedAt,
            ModerationState moderationState, boolean reportedBack, @Nullable String rejectionReason,
            @Nullable Instant publishedAt, @Nullable String decidedBy, Verdict verdict, @Nullable String verdictNote,
            @Nullable String verdictEvidenceUrl, Set<RumorReport> reports) {
        this.id = id;
        this.version = version;
        this.show = show;
        this.headline = headline;
        this.details = details;
        this.sourceUrl = sourceUrl;
        this.sourceTitle = sourceTitle;
        this.sourceKind = sourceKind;
        this.firstSeen = firstSeen;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.moderationState = moderationState;
        this.reportedBack = reportedBack;
        this.rejectionReason = rejectionReason;
        this.publishedAt = publishedAt;
        this.decidedBy = decidedBy;
        this.verdict = verdict;
        this.verdictNote = verdictNote;
        this.verdictEvidenceUrl = verdictEvidenceUrl;
        this.reports = new HashSet<>(reports);
    }

    /** A fan's submission: pending, unverified, visible only to them until a moderator publishes it. */
    static Rumor submit(long showId, FanId fan, RumorDraft checked, Instant now) {
        return new Rumor(null, null, AggregateReference.to(showId), checked.headline(), checked.details(),
                checked.sourceUrl(), null, checked.sourceKind(), checked.firstSeen(), fan.value(), now,
                ModerationState.PENDING, false, null, null, null, Verdict.UNVERIFIED, null, null, Set.of());
    }

    void publish(String moderator, Instant now) {
        moderationState = ModerationState.PUBLISHED;
        reportedBack = false;
        rejectionReason = null;
        publishedAt = publishedAt == null ? now : publishedAt;
        decidedBy = moderator;
        reports.clear();
    }

    void reject(String moderator, String reason) {
        moderationState = ModerationState.REJECTED;
        rejectionReason = reason;
        reportedBack = false;
        decidedBy = moderator;
    }

    /** A moderator corrects the text before publishing; the same rules as for fans apply. */
    void edit(RumorDraft checked) {
        headline = checked.headline();
        details = checked.details();
        sourceUrl = checked.sourceUrl();
        sourceKind = checked.sourceKind();
        firstSeen = checked.firstSeen();
    }

    void judge(Verdict newVerdict, @Nullable String note, @Nullable String evidenceUrl, String moderator) {
        boolean hasEvidence = evidenceUrl != null && !evidenceUrl.isBlank();
        if (hasEvidence && !WebLink.isWebLink(evidenceUrl)) {
            throw new InvalidRumorException(Map.of("evidenceUrl", "rumor.error.source-url"));
        }
        if (!PlainText.isText(note)) {
            throw new InvalidRumorException(Map.of("verdictNote", PlainText.REFUSED));
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidRumorException(Map.of("verdictNote", "rumor.error.note"));
        }
        verdict = newVerdict;
        verdictNote = note == null || note.isBlank() ? null : note.strip();
        verdictEvidenceUrl = hasEvidence ? WebLink.normalise(evidenceUrl).orElseThrow() : null;
        decidedBy = moderator;
    }

    /**
     * A fan reports a published rumor: the first report puts it on the moderators' desk, where it stays
     * published; the third fan's report sends it back to the queue, hidden until a moderator decides.
     * A fan who reported it already changes nothing.
     *
     * @return true if this report recalled the rumor
     */
    boolean report(FanId fan, ReportCategory category, @Nullable String reason, Instant now) {
        if (moderationState != ModerationState.PUBLISHED) {
            return false;
        }
        if (!reportedBy(fan)) {
            reports.add(new RumorReport(fan.value(), category, reason, now));
        }
        if (reports.size() >= REPORTS_TO_RECALL) {
            moderationState = ModerationState.PENDING;
            reportedBack = true;
            return true;
        }
        return false;
    }

    /** Whether this fan has reported the rumor since a moderator last looked at it. */
    boolean reportedBy(FanId fan) {
        return reports.stream().anyMatch(report -> report.fanId().equals(fan.value()));
    }

    @Nullable Long id() {
        return id;
    }

    long showId() {
        return show.getId();
    }

    String headline() {
        return headline;
    }

    @Nullable String details() {
        return details;
    }

    @Nullable String sourceUrl() {
        return sourceUrl;
    }

    @Nullable String sourceTitle() {
        return sourceTitle;
    }

    SourceKind sourceKind() {
        return sourceKind;
    }

    LocalDate firstSeen() {
        return firstSeen;
    }

    UUID submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable Instant publishedAt() {
        return publishedAt;
    }

    ModerationState state() {
        return moderationState;
    }

    boolean reportedBack() {
        return reportedBack;
    }

    @Nullable String rejectionReason() {
        return rejectionReason;
    }

    Verdict verdict() {
        return verdict;
    }

    @Nullable String verdictNote() {
        return verdictNote;
    }

    @Nullable String verdictEvidenceUrl() {
        return verdictEvidenceUrl;
    }

    Set<RumorReport> reports() {
        return Set.copyOf(reports);
    }
}
