package app.encore.show.slot;

import app.encore.base.ui.Texts;
import app.encore.show.ShowCard;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A line another feature adds to each show card in the list, such as the crowd odds. Cards are
 * static HTML (one element for the whole list, and the same markup in the page's first response),
 * so the line is HTML too: build it with {@link app.encore.base.ui.Markup}, which escapes text.
 */
public interface ShowCardExtra {

    /** The extra for this card, or nothing. Called for every card shown, so it must be cheap. */
    Optional<Element> create(ShowCard card, Texts texts);
}
