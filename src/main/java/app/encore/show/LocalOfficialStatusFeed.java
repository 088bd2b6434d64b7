package app.encore.show;

import app.encore.base.Subscribers;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The official-status feed within one node: a change reaches open screens after it commits. */
@Component
class LocalOfficialStatusFeed implements OfficialStatusFeed {

    private final Subscribers<OfficialStatusChanged> listeners = new Subscribers<>();

    @Override
    public Registration subscribe(long showId, Consumer<OfficialStatusChanged> listener) {
        return listeners.subscribe(showId, listener);
    }

    @TransactionalEventListener
    void on(OfficialStatusChanged change) {
        listeners.publish(change.showId(), change);
    }

    int listenerCount() {
        return listeners.count();
    }
}
