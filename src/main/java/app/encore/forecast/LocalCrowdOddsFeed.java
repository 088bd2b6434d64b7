package app.encore.forecast;

import app.encore.base.Subscribers;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The feed within one node: a vote marks its show as changed; every quarter second the changed
 * shows' new odds go to their listeners and to the history. A burst of a thousand votes on one show
 * makes one update, not a thousand.
 */
@Component
class LocalCrowdOddsFeed implements CrowdOddsFeed {

    private final CrowdOddsService odds;
    private final CrowdOddsRecorder recorder;
    private final Clock clock;
    private final Subscribers<CrowdOdds> listeners = new Subscribers<>();
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();

    LocalCrowdOddsFeed(CrowdOddsService odds, CrowdOddsRecorder recorder, Clock clock) {
        this.odds = odds;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public Registration subscribe(long showId, Consumer<CrowdOdds> listener) {
        return listeners.subscribe(showId, listener);
    }

    @EventListener
    @Order(10)
    void on(ForecastMade forecast) {
        changed.add(forecast.showId());
    }

    @Scheduled(fixedDelayString = "${encore.crowd-odds.push-interval-ms:250}")
    void publishChanges() {
        for (Long showId : changed) {
            changed.remove(showId);
            CrowdOdds current = odds.odds(showId);
            recorder.changed(showId, current, clock.instant());
            listeners.publish(showId, current);
        }
        recorder.writeDue(clock.instant());
    }

    /** How many listeners are registered, for tests that check nothing is left behind. */
    int listenerCount() {
        return listeners.count();
    }
}
