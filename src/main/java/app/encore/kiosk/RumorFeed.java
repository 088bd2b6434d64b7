package app.encore.kiosk;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells open kiosks that a show has a newly published rumor, once the publication has committed
 * ({@link Kiosks} hears the event and calls {@link #publish}). Like
 * {@link app.encore.forecast.CrowdOddsFeed}, a cross-node transport can feed the same events.
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

    void publish(long showId, long rumorId) {
        for (LongConsumer listener : listeners.getOrDefault(showId, Set.of())) {
            try {
                listener.accept(rumorId);
            } catch (RuntimeException e) {
                log.warn("A rumor listener failed", e);
            }
        }
    }

    int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }
}
