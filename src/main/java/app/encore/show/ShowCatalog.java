package app.encore.show;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as fans read it: find shows by text and filters, open one by its slug. Only
 * published shows: drafts and hidden shows are for staff ({@link ShowEditing}).
 */
@Service
@Transactional(readOnly = true)
public class ShowCatalog {

    /** The most cards one request may ask for, whatever the caller says. */
    public static final int MAX_PAGE_SIZE = 100;

    private final ShowRepository shows;
    private final ShowCardQueries cards;
    private final Map<String, ShowOrdering> orderings;

    ShowCatalog(ShowRepository shows, ShowCardQueries cards, List<ShowOrdering> orderings) {
        this.shows = shows;
        this.cards = cards;
        this.orderings = orderings.stream().collect(Collectors.toUnmodifiableMap(ShowOrdering::key, o -> o));
    }

    /**
     * One page of the shows matching {@code query}, in its order. An unknown sort key sorts by title.
     */
    public ShowPage find(ShowQuery query, int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0");
        }
        int pageSize = Math.min(limit, MAX_PAGE_SIZE);
        ShowOrdering ordering = orderings.get(query.sort());
        if (ordering == null) {
            return cards.find(query.sort().equals(ShowQuery.NEWEST) ? query : query.sortedBy(ShowQuery.TITLE),
                    offset, pageSize);
        }
        List<Long> ordered = ordering.order(cards.matchingIds(query));
        List<Long> page = ordered.subList(Math.min(offset, ordered.size()), Math.min(offset + pageSize, ordered.size()));
        return new ShowPage(cards.cards(page), ordered.size());
    }

    /** The sort keys a fan can choose: title, newest, then those other features provide. */
    public List<String> sortKeys() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ShowQuery.TITLE, ShowQuery.NEWEST),
                orderings.keySet().stream().sorted()).toList();
    }

    /** The cards of these shows, in the order given (unknown ids are left out). */
    public List<ShowCard> cardsOf(List<Long> showIds) {
        return cards.cards(showIds);
    }

    /** Every show whose question has an answer: renewed or ended. */
    public List<ShowCard> decided() {
        return cards.decided();
    }

    /** The official status of a published show: cheap enough to ask on every vote. */
    public Optional<OfficialStatus> officialStatus(long showId) {
        return cards.officialStatus(showId);
    }

    /** The networks that have at least one show, for the filter. */
    public List<String> networks() {
        return cards.networks();
    }

    /** The platforms that carry at least one show, for the filter. */
    public List<String> platforms() {
        return cards.platforms();
    }

    /** A published show by its address. */
    public Optional<Show> findBySlug(String slug) {
        if (!ShowRules.isSlug(slug)) {
            return Optional.empty();
        }
        return shows.findBySlug(slug).filter(show -> show.visibility() == Visibility.PUBLISHED);
    }

    /** Every show fans can open, by title, with when it last changed. */
    public List<ShowListing> listings() {
        return cards.listings();
    }

    /** One show's address and last change. */
    public Optional<ShowListing> listing(String slug) {
        return ShowRules.isSlug(slug) ? cards.listing(slug) : Optional.empty();
    }

    /** The newest official announcements, of one show or of all ({@code showId} empty). */
    public List<Announcement> announcements(Optional<Long> showId, int limit) {
        return cards.announcements(showId, Math.max(1, Math.min(limit, 200)));
    }
}
