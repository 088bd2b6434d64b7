package app.encore.show;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Live official status for screens that stay open (show pages, kiosks): a listener hears every
 * {@link OfficialStatusChanged} of its show once the change has committed, on a background thread,
 * and hands the work to its UI itself. This node's implementation hears this node's changes; a
 * cross-node transport can implement the same interface to reach screens on every node.
 */
public interface OfficialStatusFeed {

    Registration subscribe(long showId, Consumer<OfficialStatusChanged> listener);
}
