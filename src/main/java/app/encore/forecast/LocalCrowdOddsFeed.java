package app.encore.forecast;

import app.encore.base.ClusterChannel;
import app.encore.base.Subscribers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The feed: a vote marks its show as changed; every quarter second the changed shows' new odds go
 * to their listeners and to the history, and the other nodes are told ({@link ClusterChannel},
 * topic {@code forecast}, the show's id). A burst of a thousand votes on one show makes one update,
 * not a thousand. A show another node changed is reloaded from the database and its odds go to this
 * node's listeners. Only the node that {@link ClusterChannel#leads() leads} writes the history, for
 * changes made on any node, so each change is recorded once. After the channel reconnects, every
 * show is reloaded and every open screen gets its odds again.
 */
@Component
class LocalCrowdOddsFeed implements CrowdOddsFeed {

    private static final Logger log = LoggerFactory.getLogger(LocalCrowdOddsFeed.class);

    private final CrowdOddsService odds;
    private final CrowdOddsRecorder recorder;
    private final Clock clock;
    private final Subscribers<CrowdOdds> listeners = new Subscribers<>();
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private final Set<Long> changedElsewhere = ConcurrentHashMap.newKeySet();
    private final ClusterChannel cluster;

    LocalCrowdOddsFeed(CrowdOddsService odds, CrowdOddsRecorder recorder, Clock clock, ClusterChannel cluster) {
        this.odds = odds;
        this.recorder = recorder;
        this.clock = clock;
        this.cluster = cluster;
        cluster.listen(TOPIC, showId -> changedElsewhere(Long.parseLong(showId)));
        cluster.onResync(() -> {
            odds.forgetAll();
            changedElsewhere.addAll(listeners.shows());
        });
    }

    static final String TOPIC = "forecast";

    private void changedElsewhere(long showId) {
        odds.forget(showId);
        changedElsewhere.add(showId);
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

    /**
     * Staff discounted a cohort or lifted a discount, or fans left the crowd: once that has
     * committed, the shows' odds are loaded again and go out like any change, to this node's
     * screens and, by the show ids, to the other nodes, which load them again too.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CrowdsChanged crowds) {
        crowds.showIds().forEach(showId -> {
            odds.forget(showId);
            changed.add(showId);
        });
    }

    @Scheduled(fixedDelayString = "${encore.crowd-odds.push-interval-ms:250}")
    void publishChanges() {
        boolean leads = cluster.leads();
        for (Long showId : changed) {
            changed.remove(showId);
            changedElsewhere.remove(showId);
            CrowdOdds current = odds.odds(showId);
            if (leads) {
                recorder.changed(showId, current, clock.instant());
            }
            listeners.publish(showId, current);
            tellOtherNodes(showId);
        }
        for (Long showId : changedElsewhere) {
            changedElsewhere.remove(showId);
            CrowdOdds current = odds.odds(showId);
            if (leads) {
                recorder.changed(showId, current, clock.instant());
            }
            listeners.publish(showId, current);
        }
        if (leads) {
            recorder.writeDue(clock.instant());
        }
    }

    private void tellOtherNodes(long showId) {
        try {
            cluster.send(TOPIC, Long.toString(showId));
        } catch (RuntimeException unreachable) {
            // The other nodes catch up when their listener reconnects and resyncs; this node goes on.
            log.warn("Could not tell the other nodes about show {}: {}", showId, unreachable.getMessage());
        }
    }

    /** How many listeners are registered, for tests that check nothing is left behind. */
    int listenerCount() {
        return listeners.count();
    }
}
