package app.encore.rumor;

import app.encore.audit.AuditLog;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import app.encore.staff.Staff;
import org.springframework.security.access.annotation.Secured;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation desk: the queue of pending and reported rumors, oldest first; publish, reject
 * with a reason, edit then publish, and give verdicts, one rumor or several at once. Moderators and
 * admins only; every action is written to the audit log in the same transaction.
 */
@Service
@Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
public class Moderation {

    private final RumorRepository rumors;
    private final ShowCatalog shows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(RumorRepository rumors, ShowCatalog shows, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.rumors = rumors;
        this.shows = shows;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RumorItem> list(ModerationState state, int offset, int limit) {
        return rumors.findByStateOldestFirst(state.name(), limit, offset).stream()
                .map(rumor -> RumorItem.of(rumor, false, true)).toList();
    }

    @Transactional(readOnly = true)
    public int count(ModerationState state) {
        return rumors.countByState(state.name());
    }

    /** Titles of the shows the given rumors are about. */
    @Transactional(readOnly = true)
    public Map<Long, String> showTitles(Collection<RumorItem> items) {
        return shows.cardsOf(items.stream().map(RumorItem::showId).distinct().toList()).stream()
                .collect(Collectors.toMap(ShowCard::id, ShowCard::title, (a, b) -> a));
    }

    @Transactional
    public void publish(Collection<Long> rumorIds) {
        String moderator = Staff.current();
        for (Rumor rumor : load(rumorIds)) {
            rumor.publish(moderator, clock.instant());
            rumors.save(rumor);
            audit.record(moderator, "rumor.publish", subject(rumor), null, null);
            events.publishEvent(new RumorPublished(rumor.id(), rumor.showId(), clock.instant()));
        }
    }

    /** @throws InvalidRumorException without a reason (1–500 characters) */
    @Transactional
    public void reject(Collection<Long> rumorIds, String reason) {
        String why = RumorRules.reason(reason, "reason");
        String moderator = Staff.current();
        for (Rumor rumor : load(rumorIds)) {
            rumor.reject(moderator, why);
            rumors.save(rumor);
            audit.record(moderator, "rumor.reject", subject(rumor), why, null);
        }
    }

    /** Corrects a rumor's text and publishes it. @throws InvalidRumorException for a bad draft */
    @Transactional
    public void editAndPublish(long rumorId, RumorDraft draft) {
        String moderator = Staff.current();
        Rumor rumor = load(List.of(rumorId)).getFirst();
        String before = subject(rumor);
        rumor.edit(RumorRules.check(draft, clock.instant().atOffset(ZoneOffset.ofHours(14)).toLocalDate()));
        rumor.publish(moderator, clock.instant());
        rumors.save(rumor);
        audit.record(moderator, "rumor.edit-and-publish", subject(rumor), null, "was: " + before);
        events.publishEvent(new RumorPublished(rumor.id(), rumor.showId(), clock.instant()));
    }

    /** Sets the verdict, with an optional note and evidence link, on one rumor or several. */
    @Transactional
    public void judge(Collection<Long> rumorIds, Verdict verdict, @Nullable String note, @Nullable String evidenceUrl) {
        String moderator = Staff.current();
        for (Rumor rumor : load(rumorIds)) {
            rumor.judge(verdict, note, evidenceUrl, moderator);
            rumors.save(rumor);
            audit.record(moderator, "rumor.verdict." + verdict.name().toLowerCase(java.util.Locale.ROOT),
                    subject(rumor), note, evidenceUrl);
        }
    }

    private List<Rumor> load(Collection<Long> ids) {
        Map<Long, Rumor> found = rumors.findAllById(ids).stream()
                .collect(Collectors.toMap(Rumor::id, Function.identity()));
        if (found.size() != ids.size()) {
            throw new RumorRefusedException(RumorRefusedException.Reason.NOT_FOUND);
        }
        return ids.stream().map(found::get).toList();
    }

    private static String subject(Rumor rumor) {
        return "rumor " + rumor.id() + " on show " + rumor.showId() + ": " + rumor.headline();
    }
}
