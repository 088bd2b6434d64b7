package app.encore.base;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who listens for live updates about which show: the registry behind every feed that screens
 * subscribe to (crowd odds, rumors, official status). Publishing calls each listener of that show on
 * the publishing thread; one failing listener never stops the others. Empty entries are removed, so
 * memory follows the screens that are open.
 *
 * @param <E> what a listener is told
 */
public final class Subscribers<E> {

    private static final Logger log = LoggerFactory.getLogger(Subscribers.class);

    private final Map<Long, Set<Consumer<E>>> listeners = new ConcurrentHashMap<>();

    public Registration subscribe(long showId, Consumer<E> listener) {
        listeners.computeIfAbsent(showId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(showId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void publish(long showId, E update) {
        for (Consumer<E> listener : listeners.getOrDefault(showId, Set.of())) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                log.warn("A listener of show {} failed", showId, e);
            }
        }
    }

    /** The shows somebody listens to now. */
    public Set<Long> shows() {
        return Set.copyOf(listeners.keySet());
    }

    /** How many listeners are registered, for tests that check nothing is left behind. */
    public int count() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }
}
