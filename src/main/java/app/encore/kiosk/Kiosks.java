package app.encore.kiosk;

import app.encore.forecast.CrowdOddsPoint;
import app.encore.forecast.CrowdOddsService;
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
import org.springframework.stereotype.Service;

/** What kiosks show: the chosen shows (or the six busiest open ones) with their current figures. */
@Service
public class Kiosks {

    static final int DEFAULT_SHOWS = 6;

    private final ShowCatalog catalog;
    private final CrowdOddsService crowd;
    private final Rumors rumors;
    private final Clock clock;

    Kiosks(ShowCatalog catalog, CrowdOddsService crowd, Rumors rumors, Clock clock) {
        this.catalog = catalog;
        this.crowd = crowd;
        this.rumors = rumors;
        this.clock = clock;
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

    public KioskShow show(ShowCard card) {
        return new KioskShow(card, crowd.odds(card.id()), lastThirtyDays(card.id()),
                rumors.latestPublished(card.id()).orElse(null));
    }

    /** The crowd's median at the end of each of the last 30 days that has a value, oldest first. */
    List<Integer> lastThirtyDays(long showId) {
        Instant since = clock.instant().minus(Duration.ofDays(30));
        Map<LocalDate, Integer> byDay = new LinkedHashMap<>();
        for (CrowdOddsPoint point : crowd.history(showId)) {
            if (!point.at().isBefore(since)) {
                byDay.put(point.at().atOffset(ZoneOffset.UTC).toLocalDate(), point.median());
            }
        }
        List<Integer> values = new ArrayList<>(byDay.values());
        var now = crowd.odds(showId);
        if (now.hasForecasts() && (values.isEmpty() || values.getLast() != now.median())) {
            values.add(now.median());
        }
        return values;
    }
}
