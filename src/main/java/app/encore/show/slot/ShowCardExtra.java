package app.encore.show.slot;

import app.encore.show.ShowCard;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** A line another feature adds to each show card in the list, such as the crowd odds. */
public interface ShowCardExtra {

    /** The extra for this card, or nothing. Called for every card shown, so it must be cheap. */
    Optional<Component> create(ShowCard card);
}
