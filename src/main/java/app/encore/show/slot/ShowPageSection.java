package app.encore.show.slot;

import app.encore.base.ui.Texts;
import app.encore.show.Show;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** A section another feature adds to the show page, such as the crowd odds or the rumors. */
public interface ShowPageSection {

    /** Which column of the page: the wide main one, or the narrow one beside it (below on phones). */
    enum Column { MAIN, ASIDE }

    Column column();

    /** Lower comes first within its column, before the catalogue's own sections of that column. */
    int order();

    /** The section for this show, or nothing. Called once per page view, in the UI thread. */
    Optional<Component> create(Show show);

    /**
     * The section as static HTML for the page's first response, before JavaScript runs: what a
     * reader without JavaScript, or a crawler, should see of it. The response is shared by every
     * visitor for a few seconds, so it must hold nothing personal. Nothing by default.
     */
    default Optional<Element> firstPaint(Show show, Texts texts) {
        return Optional.empty();
    }
}
