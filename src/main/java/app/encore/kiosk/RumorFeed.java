package app.encore.kiosk;

import app.encore.base.Subscribers;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * Tells open kiosks that a show has a newly published rumor, once the publication has committed
 * ({@link Kiosks} hears the event and calls {@link #publish}). Like
 * {@link app.encore.forecast.CrowdOddsFeed}, a cross-node transport can feed the same events.
 */
@Component
public class RumorFeed {

    private final Subscribers<Long> listeners = new Subscribers<>();

    public Registration subscribe(long showId, LongConsumer listener) {
        return listeners.subscribe(showId, listener::accept);
    }

    void publish(long showId, long rumorId) {
        listeners.publish(showId, rumorId);
    }

    /** The shows an open kiosk shows now. */
    Set<Long> shows() {
        return listeners.shows();
    }

    int listenerCount() {
        return listeners.count();
    }
}
