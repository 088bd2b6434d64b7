package app.encore.show;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as fans read it: find shows by text and filters, open one by its slug.
 */
@Service
@Transactional(readOnly = true)
public class ShowCatalog {

    /** The most cards one request may ask for, whatever the caller says. */
    public static final int MAX_PAGE_SIZE = 100;

    private final ShowRepository shows;
    private final ShowCardQueries cards;

    ShowCatalog(ShowRepository shows, ShowCardQueries cards) {
        this.shows = shows;
        this.cards = cards;
    }

    /** One page of the shows matching {@code query}, in its order. */
    public ShowPage find(ShowQuery query, int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0");
        }
        return cards.find(query, offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    /** The networks that have at least one show, for the filter. */
    public List<String> networks() {
        return cards.networks();
    }

    /** The platforms that carry at least one show, for the filter. */
    public List<String> platforms() {
        return cards.platforms();
    }

    public Optional<Show> findBySlug(String slug) {
        return shows.findBySlug(slug);
    }
}
