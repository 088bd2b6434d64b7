package app.encore.me;

import app.encore.fan.FanId;
import app.encore.fan.FanPasskeys;
import app.encore.fan.Fans;
import app.encore.forecast.Forecasting;
import app.encore.forecast.MyForecast;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Encore holds about one fan, gathered from the modules that hold it: their display
 * name, their current forecasts, every forecast they ever made, and the rumors they sent with their
 * state. What the fan's page shows, and what they can download.
 */
@Service
public class FanData {

    private final Fans fans;
    private final Forecasting forecasting;
    private final Rumors rumors;
    private final ShowCatalog catalog;
    private final FanPasskeys passkeys;
    private final JsonMapper json;

    FanData(Fans fans, Forecasting forecasting, Rumors rumors, ShowCatalog catalog, FanPasskeys passkeys,
            JsonMapper json) {
        this.passkeys = passkeys;
        this.fans = fans;
        this.forecasting = forecasting;
        this.rumors = rumors;
        this.catalog = catalog;
        this.json = json;
    }

    /** A forecast with the show it is about. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShowForecast(long showId, @Nullable String show, @Nullable String title, int probability, Instant at) {
    }

    /** A rumor the fan sent, and where it stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentRumor(long id, long showId, @Nullable String show, String headline, @Nullable String details,
            @Nullable String sourceUrl, String state, Instant submittedAt, @Nullable String rejectionReason) {
    }

    /** All of it, as the download has it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Everything(String about, String fanId, @Nullable String displayName, List<ShowForecast> forecasts,
            List<ShowForecast> forecastHistory, List<SentRumor> rumors, @Nullable String firstVoteCohort,
            List<FanPasskeys.Passkey> passkeys, Instant exportedAt) {
    }

    public Everything of(FanId fan) {
        List<MyForecast> current = forecasting.currentForecasts(fan);
        List<MyForecast> history = forecasting.history(fan);
        List<RumorItem> sent = rumors.submittedBy(fan);
        Map<Long, ShowCard> shows = catalog.cardsOf(Stream.of(current.stream().map(MyForecast::showId),
                        history.stream().map(MyForecast::showId), sent.stream().map(RumorItem::showId))
                        .flatMap(Function.identity()).distinct().toList()).stream()
                .collect(Collectors.toMap(ShowCard::id, Function.identity()));
        return new Everything("Everything Encore holds about this fan. The fan id is a random number kept in"
                + " the browser's cookie; Encore has no account, name or e-mail address beyond what is here. The"
                + " first vote's cohort is where it came from: a keyed digest of the address (never the address"
                + " itself) or a venue's kiosk, and the day; the crowd odds weigh the new fans of one together.",
                fan.value().toString(), fans.displayName(fan).orElse(null),
                current.stream().map(f -> forecast(f, shows)).toList(),
                history.stream().map(f -> forecast(f, shows)).toList(),
                sent.stream().map(r -> new SentRumor(r.id(), r.showId(), slug(shows, r.showId()), r.headline(),
                        r.details(), r.sourceUrl(), r.state().name(), r.submittedAt(), r.rejectionReason())).toList(),
                forecasting.cohortOf(fan).orElse(null), passkeys.of(fan), Instant.now());
    }

    /** The same, as the JSON file the fan downloads. */
    public byte[] json(FanId fan) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(of(fan));
    }

    private static ShowForecast forecast(MyForecast forecast, Map<Long, ShowCard> shows) {
        ShowCard card = shows.get(forecast.showId());
        return new ShowForecast(forecast.showId(), card == null ? null : card.slug(), card == null ? null : card.title(),
                forecast.probability(), forecast.at());
    }

    private static @Nullable String slug(Map<Long, ShowCard> shows, long showId) {
        ShowCard card = shows.get(showId);
        return card == null ? null : card.slug();
    }
}
