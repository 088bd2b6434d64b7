package app.encore.rumor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rumor as screens show it: {@code sourceLabel} is the link's domain, or the quoted title of a
 * source we have no link for. {@code mine}: the current fan submitted it (so they see it while it
 * awaits review); {@code reports}: what fans reported since a moderator last looked, for moderators only;
 * {@code publishedAt}: when a moderator published it, if one has; {@code reportedByViewer}: the current
 * fan has reported it (their button says so, and they cannot report it again).
 */
public record RumorItem(long id, long showId, String headline, @Nullable String details, @Nullable String sourceUrl,
        String sourceLabel, SourceKind sourceKind, LocalDate firstSeen, Instant submittedAt, ModerationState state,
        boolean reportedBack, @Nullable String rejectionReason, Verdict verdict, @Nullable String verdictNote,
        @Nullable String verdictEvidenceUrl, boolean mine, List<Report> reports, @Nullable Instant publishedAt,
        boolean reportedByViewer) {

    /** One fan's report: its category, and their words if they gave any. */
    public record Report(ReportCategory category, @Nullable String reason) {
    }

    static RumorItem of(Rumor rumor, boolean mine, boolean withReports) {
        return new RumorItem(rumor.id(), rumor.showId(), rumor.headline(), rumor.details(), rumor.sourceUrl(),
                rumor.sourceUrl() == null ? "“" + rumor.sourceTitle() + "”" : domain(rumor.sourceUrl()), rumor.sourceKind(), rumor.firstSeen(), rumor.submittedAt(), rumor.state(),
                rumor.reportedBack(), rumor.rejectionReason(), rumor.verdict(), rumor.verdictNote(),
                rumor.verdictEvidenceUrl(), mine,
                withReports ? rumor.reports().stream().sorted(java.util.Comparator.comparing(RumorReport::reportedAt))
                        .map(report -> new Report(report.category(), report.reason())).toList() : List.of(),
                rumor.publishedAt(), false);
    }

    RumorItem withReportedByViewer(boolean reported) {
        return new RumorItem(id, showId, headline, details, sourceUrl, sourceLabel, sourceKind, firstSeen, submittedAt,
                state, reportedBack, rejectionReason, verdict, verdictNote, verdictEvidenceUrl, mine, reports, publishedAt,
                reported);
    }

    /** "www.soompi.com" for "https://www.soompi.com/article/…": what the link says on screen. */
    static String domain(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
