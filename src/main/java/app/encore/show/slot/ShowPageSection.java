package app.encore.show.slot;

import app.encore.show.Show;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** A section another feature adds to the show page, such as the crowd odds or the rumors. */
public interface ShowPageSection {

    /** Which column of the page: the wide main one, or the narrow one beside it (below on phones). */
    enum Column { MAIN, ASIDE }

    Column column();

    /** Lower comes first within its column, before the catalogue's own sections of that column. */
    int order();

    /** The section for this show, or nothing. Called once per page view, in the UI thread. */
    Optional<Component> create(Show show);
}
