package app.encore.kiosk;

import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsPoint;
import app.encore.forecast.CrowdOddsService;
import app.encore.rumor.RumorItem;
import app.encore.rumor.RumorPublished;
import app.encore.base.ClusterChannel;
import app.encore.resolution.BaseRates;
import app.encore.rumor.Rumors;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What kiosks show: the chosen shows (or the six busiest open ones) with their current figures.
 * Hundreds of screens may show the same show, so the parts read from the database (30 days of odds,
 * the latest rumor) are shared for a few seconds; the crowd's odds come from memory, always fresh.
 */
@Service
public class Kiosks {

    static final int DEFAULT_SHOWS = 6;
    static final Duration SHARED_FOR = Duration.ofSeconds(5);

    private record Stored(List<Integer> history, @Nullable RumorItem latestRumor) {
    }

    private final ShowCatalog catalog;
    private final BaseRates baseRates;
    private final CrowdOddsService crowd;
    private final Rumors rumors;
    private final RumorFeed rumorFeed;
    private final Clock clock;
    private final Cache<Long, Stored> stored = Caffeine.newBuilder()
            .expireAfterWrite(SHARED_FOR).maximumSize(10_000).build();

    static final String RUMOR_TOPIC = "rumor";

    private final ClusterChannel cluster;

    Kiosks(ShowCatalog catalog, CrowdOddsService crowd, Rumors rumors, RumorFeed rumorFeed, BaseRates baseRates,
            Clock clock, ClusterChannel cluster) {
        this.cluster = cluster;
        this.baseRates = baseRates;
        this.catalog = catalog;
        this.crowd = crowd;
        this.rumors = rumors;
        this.rumorFeed = rumorFeed;
        this.clock = clock;
        cluster.listen(RUMOR_TOPIC, this::publishedElsewhere);
        cluster.onResync(this::resync);
    }

    /** The shows for these settings: unknown slugs are skipped; none left means the default six. */
    public List<ShowCard> showsFor(KioskSettings settings) {
        if (!settings.slugs().isEmpty()) {
            Map<String, ShowCard> bySlug = new LinkedHashMap<>();
            catalog.find(ShowQuery.all(), 0, ShowCatalog.MAX_PAGE_SIZE).cards()
                    .forEach(card -> bySlug.put(card.slug(), card));
            List<ShowCard> chosen = settings.slugs().stream().map(bySlug::get).filter(java.util.Objects::nonNull).toList();
            if (!chosen.isEmpty()) {
                return chosen;
            }
        }
        return catalog.find(new ShowQuery(null, OfficialStatus.UNANNOUNCED, null, null, "forecasters"), 0, DEFAULT_SHOWS)
                .cards();
    }

    /** Every show a screen may be set to show, by title: what staff choose from on the desk. */
    public List<ShowCard> choosable() {
        return catalog.find(ShowQuery.all(), 0, ShowCatalog.MAX_PAGE_SIZE).cards().stream()
                .sorted(java.util.Comparator.comparing(ShowCard::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The show's card as it is now, e.g. after the network announced. */
    public java.util.Optional<ShowCard> card(long showId) {
        return catalog.cardsOf(List.of(showId)).stream().findFirst();
    }

    public KioskShow show(ShowCard card) {
        CrowdOdds odds = crowd.odds(card.id());
        Stored fromDatabase = stored.get(card.id(),
                id -> new Stored(recordedDays(id), rumors.latestPublished(id).orElse(null)));
        List<Integer> days = new ArrayList<>(fromDatabase.history());
        if (odds.hasForecasts() && (days.isEmpty() || days.getLast() != odds.median())) {
            days.add(odds.median());
        }
        return new KioskShow(card, odds, List.copyOf(days), fromDatabase.latestRumor(), baseRate(card));
    }

    /**
     * The base rate a kiosk has room for: the most specific group with enough dramas to call it a
     * rate, else all dramas. None once the question is answered.
     */
    private BaseRates.@Nullable BaseRate baseRate(ShowCard card) {
        if (!card.officialStatus().isOpen()) {
            return null;
        }
        List<BaseRates.BaseRate> rates = baseRates.forShow(card.network(), card.platforms());
        return rates.stream().filter(rate -> !rate.tooFew()).findFirst()
                .orElse(rates.isEmpty() ? null : rates.getLast());
    }

    /**
     * A newly published rumor: forget the shared copy first, then tell the open kiosks, so the one
     * they read next is the new one.
     */
    @TransactionalEventListener
    void on(RumorPublished published) {
        stored.invalidate(published.showId());
        rumorFeed.publish(published.showId(), published.rumorId());
    }

    /**
     * Tells the other nodes, inside the moderator's transaction: PostgreSQL delivers the message when
     * it commits, and never if it rolls back. (After the commit, the connection would start a new
     * transaction that nobody commits, and the message would never leave.)
     */
    @EventListener
    void tellOtherNodes(RumorPublished published) {
        cluster.send(RUMOR_TOPIC, published.showId() + ":" + published.rumorId());
    }

    /** Another node published a rumor: the same, on this node. */
    private void publishedElsewhere(String showAndRumor) {
        String[] ids = showAndRumor.split(":");
        long showId = Long.parseLong(ids[0]);
        stored.invalidate(showId);
        rumorFeed.publish(showId, Long.parseLong(ids[1]));
    }

    /** The channel reconnected and may have missed publications: read every open kiosk's show again. */
    private void resync() {
        stored.invalidateAll();
        for (long showId : rumorFeed.shows()) {
            rumors.latestPublished(showId).ifPresent(latest -> rumorFeed.publish(showId, latest.id()));
        }
    }

    /** The crowd's recorded median at the end of each of the last 30 days, oldest first. */
    private List<Integer> recordedDays(long showId) {
        Instant since = clock.instant().minus(Duration.ofDays(30));
        Map<LocalDate, Integer> byDay = new LinkedHashMap<>();
        for (CrowdOddsPoint point : crowd.history(showId)) {
            if (!point.at().isBefore(since)) {
                byDay.put(point.at().atOffset(ZoneOffset.UTC).toLocalDate(), point.median());
            }
        }
        return List.copyOf(byDay.values());
    }
}
