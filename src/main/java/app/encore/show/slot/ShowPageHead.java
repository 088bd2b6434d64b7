package app.encore.show.slot;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Texts;
import app.encore.show.Show;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * What another feature adds to the head of the catalogue's first responses, for link previews,
 * search engines and feed readers: a sentence for a show's description ("Fans say 34 %."), an image
 * for its preview, a feed. Shared by every visitor of a page, so nothing personal.
 */
public interface ShowPageHead {

    /** A short sentence about the show for its description and link previews, or nothing. */
    default Optional<String> summary(Show show, Texts texts) {
        return Optional.empty();
    }

    /** Elements for the head of a show page; absolute addresses start with {@code address.base()}. */
    default List<Element> showHead(Show show, Texts texts, FirstPaint.Address address) {
        return List.of();
    }

    /** Elements for the head of the show list. */
    default List<Element> listHead(Texts texts, FirstPaint.Address address) {
        return List.of();
    }
}
