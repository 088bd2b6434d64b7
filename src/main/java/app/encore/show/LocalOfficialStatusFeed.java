package app.encore.show;

import app.encore.base.ClusterChannel;
import app.encore.base.Subscribers;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The official-status feed: a change reaches this node's open screens after it commits, and the
 * other nodes through the {@link ClusterChannel} (topic {@code status}, sent in the admin's
 * transaction, so only a committed change is told). A change from another node is read from the
 * database and handed on the same way. Either way {@link OfficialStatusCommitted} goes out on this
 * node first, so caches forget the show before a screen reads it. After the channel reconnects, every
 * show with an open screen is treated as changed elsewhere.
 */
@Component
class LocalOfficialStatusFeed implements OfficialStatusFeed {

    static final String TOPIC = "status";

    private final Subscribers<OfficialStatusChanged> listeners = new Subscribers<>();
    private final ShowRepository shows;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    LocalOfficialStatusFeed(ShowRepository shows, ApplicationEventPublisher events, ClusterChannel cluster,
            Clock clock) {
        this.clock = clock;
        this.shows = shows;
        this.events = events;
        cluster.listen(TOPIC, showId -> changedElsewhere(Long.parseLong(showId)));
        cluster.onResync(() -> listeners.shows().forEach(this::changedElsewhere));
    }

    private void changedElsewhere(long showId) {
        events.publishEvent(new OfficialStatusCommitted(showId));
        shows.findById(showId).ifPresent(show -> {
            Instant at = show.statusChangedAt() == null ? clock.instant() : show.statusChangedAt();
            listeners.publish(showId, new OfficialStatusChanged(showId, show.officialStatus(), show.officialStatus(),
                    show.statusSource(), at, at, null));
        });
    }

    @Override
    public Registration subscribe(long showId, Consumer<OfficialStatusChanged> listener) {
        return listeners.subscribe(showId, listener);
    }

    @TransactionalEventListener
    void on(OfficialStatusChanged change) {
        events.publishEvent(new OfficialStatusCommitted(change.showId()));
        listeners.publish(change.showId(), change);
    }

    int listenerCount() {
        return listeners.count();
    }
}
