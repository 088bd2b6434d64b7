package app.encore.kiosk;

import app.encore.rumor.RumorPublished;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open kiosks that a show has a newly published rumor, once the publication has committed.
 * Like {@link app.encore.forecast.CrowdOddsFeed}, a cross-node transport can feed the same events.
 */
@Component
public class RumorFeed {

    private static final Logger log = LoggerFactory.getLogger(RumorFeed.class);

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    public Registration subscribe(long showId, LongConsumer listener) {
        listeners.computeIfAbsent(showId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(showId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void on(RumorPublished published) {
        for (LongConsumer listener : listeners.getOrDefault(published.showId(), Set.of())) {
            try {
                listener.accept(published.rumorId());
            } catch (RuntimeException e) {
                log.warn("A rumor listener failed", e);
            }
        }
    }

    int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }
}
