package app.encore.forecast;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Live crowd odds for screens that stay open: the show page now, kiosks later. Updates are
 * coalesced, a few per second per show at most, however fast the votes come. Listeners are called
 * on a background thread and must hand the work to their UI themselves.
 * <p>
 * This node's implementation hears this node's votes; a cross-node transport can implement the
 * same interface (or feed {@link ForecastMade} events in) to reach screens on every node.
 */
public interface CrowdOddsFeed {

    Registration subscribe(long showId, Consumer<CrowdOdds> listener);
}
