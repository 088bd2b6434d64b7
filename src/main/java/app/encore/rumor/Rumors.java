package app.encore.rumor;

import app.encore.base.ProofOfWork;
import app.encore.fan.FanId;
import app.encore.rumor.RumorRefusedException.Reason;
import app.encore.show.ShowCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rumors as fans meet them: submit one (it waits for review, seen only by its author), read the
 * published ones, report one. Submitting and reporting need a solved proof-of-work challenge and
 * stay within a per-fan limit.
 */
@Service
public class Rumors {

    private final RumorRepository rumors;
    private final ShowCatalog shows;
    private final ProofOfWork proofOfWork;
    private final RumorRateLimits limits;
    private final Clock clock;

    Rumors(RumorRepository rumors, ShowCatalog shows, ProofOfWork proofOfWork, RumorRateLimits limits, Clock clock) {
        this.rumors = rumors;
        this.shows = shows;
        this.proofOfWork = proofOfWork;
        this.limits = limits;
        this.clock = clock;
    }

    /** A fresh proof-of-work challenge for the browser's widget (JSON). */
    public String challenge() {
        return proofOfWork.challengeJson();
    }

    /**
     * @throws InvalidRumorException with every problem of the draft, by field
     * @throws RumorRefusedException without a valid solved challenge, too fast, or for no such show
     */
    @Transactional
    public RumorItem submit(FanId fan, long showId, RumorDraft draft, String proof) {
        RumorDraft checked = RumorRules.check(draft, today());
        if (shows.officialStatus(showId).isEmpty()) {
            throw new RumorRefusedException(Reason.NOT_FOUND);
        }
        if (!proofOfWork.accepts(proof)) {
            throw new RumorRefusedException(Reason.CHALLENGE);
        }
        if (!limits.trySubmit(fan)) {
            throw new RumorRefusedException(Reason.TOO_FAST);
        }
        Rumor rumor = rumors.save(Rumor.submit(showId, fan, checked, clock.instant()));
        return RumorItem.of(rumor, true, false);
    }

    /** Published rumors and the fan's own pending ones, newest first. Rejected ones never. */
    @Transactional(readOnly = true)
    public List<RumorItem> visibleTo(Optional<FanId> fan, long showId) {
        UUID viewer = fan.map(FanId::value).orElse(new UUID(0, 0));
        return rumors.findVisibleTo(showId, viewer).stream()
                .map(rumor -> RumorItem.of(rumor, rumor.submittedBy().equals(viewer), false)
                        .withReportedByViewer(fan.isPresent() && rumor.reportedBy(fan.get())))
                .toList();
    }

    /** Every rumor the fan sent, in whatever state, newest first: what Encore keeps of them. */
    @Transactional(readOnly = true)
    public List<RumorItem> submittedBy(FanId fan) {
        return rumors.findSubmittedBy(fan.value()).stream().map(rumor -> RumorItem.of(rumor, true, false)).toList();
    }

    /** The most recently published rumor of a show, for screens that show one. */
    @Transactional(readOnly = true)
    public Optional<RumorItem> latestPublished(long showId) {
        return rumors.findLatestPublished(showId).map(rumor -> RumorItem.of(rumor, false, false));
    }

    /** The newest published rumors, of one show or of all ({@code showId} empty), for feeds. */
    @Transactional(readOnly = true)
    public List<RumorItem> newestPublished(Optional<Long> showId, int limit) {
        int count = Math.max(1, Math.min(limit, 200));
        return (showId.isPresent() ? rumors.findNewestPublishedOf(showId.get(), count) : rumors.findNewestPublished(count))
                .stream().map(rumor -> RumorItem.of(rumor, false, false)).toList();
    }

    /**
     * Reports a published rumor: a category, and words that are needed only for {@link ReportCategory#OTHER}.
     * The first report puts it on the moderators' desk at once; three different fans' reports send it
     * back to the queue, hidden until a moderator decides. A fan reports a rumor once.
     *
     * @return true if this report sent it back
     * @throws InvalidRumorException without words for "something else", or with words that break the rules
     * @throws RumorRefusedException if the rumor is not published, the fan reported it already, the proof
     *     of work fails, or the fan reports too fast
     */
    @Transactional
    public boolean report(FanId fan, long rumorId, ReportCategory category, @Nullable String reason, String proof) {
        String why = category == ReportCategory.OTHER || (reason != null && !reason.isBlank())
                ? RumorRules.reason(reason, "reason") : null;
        Rumor rumor = rumors.findById(rumorId)
                .filter(r -> r.state() == ModerationState.PUBLISHED)
                .orElseThrow(() -> new RumorRefusedException(Reason.NOT_FOUND));
        if (rumor.reportedBy(fan)) {
            throw new RumorRefusedException(Reason.ALREADY_REPORTED);
        }
        if (!proofOfWork.accepts(proof)) {
            throw new RumorRefusedException(Reason.CHALLENGE);
        }
        if (!limits.tryReport(fan)) {
            throw new RumorRefusedException(Reason.TOO_FAST);
        }
        boolean recalled = rumor.report(fan, category, why, clock.instant());
        rumors.save(rumor);
        return recalled;
    }

    /**
     * The latest first-seen date that is not in the future for anyone: today in the easternmost
     * time zone (Korea is nine hours ahead of UTC), so "today" always works for a fan.
     */
    private LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.ofHours(14)).toLocalDate();
    }
}
