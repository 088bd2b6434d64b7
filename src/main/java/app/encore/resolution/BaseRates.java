package app.encore.resolution;

import app.encore.show.OfficialStatus;
import app.encore.show.OfficialStatusCommitted;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often comparable dramas got a second season: the same network, the same platform, both, and
 * all K-dramas Encore knows the answer for. Counted over the catalogue's decided shows (renewed or
 * ended) and a seeded list of past dramas whose outcome is certain, each with its source. A drama in
 * both counts once, as the catalogue has it: not at all while its question is open there.
 * <p>
 * The seeded list is hand-picked from well-known dramas, so famous sequels are over-represented and
 * these rates run higher than across all K-dramas; the pages say so and list every drama counted.
 */
@Service
public class BaseRates {

    /** Below this many dramas a rate is shown only with a warning that there are too few. */
    public static final int FEW = 5;

    /** Which dramas a rate compares with. */
    public enum Group { NETWORK_AND_PLATFORM, NETWORK, PLATFORM, ALL }

    /**
     * @param label the network, platform or "network + platform" compared with; empty for all
     * @param renewed how many of them got a season 2
     * @param total how many there are
     */
    public record BaseRate(Group group, String label, int renewed, int total) {

        public boolean tooFew() {
            return total < FEW;
        }

        public int percent() {
            return total == 0 ? 0 : Math.round(100f * renewed / total);
        }
    }

    /** A drama whose answer is known, as counted in the base rates. */
    public record KnownDrama(String title, @Nullable String network, @Nullable String platform, boolean gotSeason2,
            String sourceTitle, @Nullable String sourceUrl, @Nullable String slug) {
    }

    private final JdbcClient jdbc;
    private final ShowCatalog catalog;
    private final Cache<Boolean, List<KnownDrama>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    BaseRates(JdbcClient jdbc, ShowCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /**
     * Every drama counted, by title. Kept for a few minutes, and forgotten when a status changes on
     * any node, so a show page costs no query for it.
     */
    @Transactional(readOnly = true)
    public List<KnownDrama> known() {
        return cache.get(Boolean.TRUE, all -> load());
    }

    /** A status changed (here or on another node): read again. Runs before the open screens hear of it. */
    @EventListener
    void on(OfficialStatusCommitted committed) {
        cache.invalidateAll();
    }

    /**
     * One truth per question: a drama the catalogue holds counts only as the catalogue has it, so once
     * it is decided there (with its sourced announcement) and never while it is open there, whatever the
     * seeded list says. A seeded drama counts only if the catalogue does not hold it at all.
     */
    private List<KnownDrama> load() {
        List<KnownDrama> known = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        catalog.listings().forEach(listing -> titles.add(sameTitle(listing.title())));
        for (ShowCard card : catalog.decided()) {
            titles.add(sameTitle(card.title()));
            known.add(new KnownDrama(card.title(), card.network(),
                    card.platforms().isEmpty() ? null : String.join(", ", card.platforms()),
                    card.officialStatus() == OfficialStatus.RENEWED, "Encore", null, card.slug()));
        }
        jdbc.sql("SELECT title, network, platform, got_season_2, source_title, source_url FROM past_drama ORDER BY title")
                .query((rs, n) -> new KnownDrama(rs.getString("title"), rs.getString("network"),
                        rs.getString("platform"), rs.getBoolean("got_season_2"), rs.getString("source_title"),
                        rs.getString("source_url"), null))
                .list().stream().filter(drama -> !titles.contains(sameTitle(drama.title())))
                .forEach(known::add);
        known.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
        return List.copyOf(known);
    }

    /** A title as compared across lists: letters and digits only, in lower case ("SKY Castle" is "Sky Castle"). */
    static String sameTitle(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * The rates for a show: network and platform together, network, each platform, all. Groups with
     * no drama are left out; the show itself is never counted (an open question has no answer yet).
     */
    @Transactional(readOnly = true)
    public List<BaseRate> forShow(@Nullable String network, List<String> platforms) {
        return ratesOf(known(), network, platforms);
    }

    /**
     * The rate over the seeded past dramas only: what the base-rate forecaster on the crowd's record
     * always says. The catalogue's own resolved questions are left out, or the forecaster would know
     * the answers it is scored on.
     */
    @Transactional(readOnly = true)
    public BaseRate seeded() {
        return rate(known(), Group.ALL, "", drama -> drama.slug() == null);
    }

    static List<BaseRate> ratesOf(List<KnownDrama> known, @Nullable String network, List<String> platforms) {
        List<BaseRate> rates = new ArrayList<>();
        if (network != null) {
            for (String platform : platforms) {
                rates.add(rate(known, Group.NETWORK_AND_PLATFORM, network + " + " + platform,
                        drama -> network.equalsIgnoreCase(drama.network()) && carries(drama, platform)));
            }
            rates.add(rate(known, Group.NETWORK, network, drama -> network.equalsIgnoreCase(drama.network())));
        }
        for (String platform : platforms) {
            rates.add(rate(known, Group.PLATFORM, platform, drama -> carries(drama, platform)));
        }
        rates.add(rate(known, Group.ALL, "", drama -> true));
        return rates.stream().filter(rate -> rate.total() > 0).toList();
    }

    private static boolean carries(KnownDrama drama, String platform) {
        return drama.platform() != null && List.of(drama.platform().split(",\\s*")).stream()
                .anyMatch(platform::equalsIgnoreCase);
    }

    private static BaseRate rate(List<KnownDrama> known, Group group, String label, Predicate<KnownDrama> comparable) {
        List<KnownDrama> matching = known.stream().filter(comparable).toList();
        return new BaseRate(group, label, (int) matching.stream().filter(KnownDrama::gotSeason2).count(),
                matching.size());
    }
}
