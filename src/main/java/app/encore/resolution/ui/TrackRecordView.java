package app.encore.resolution.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.fan.FanId;
import app.encore.fan.ui.CurrentFan;
import app.encore.forecast.ForecastPaths;
import app.encore.resolution.FanScore;
import app.encore.resolution.Resolutions;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The current fan's track record: every resolved question they forecast, how, and how it scored. */
@Route("track-record")
@AnonymousAllowed
class TrackRecordView extends Div implements HasDynamicTitle {

    TrackRecordView(CurrentFan currentFan, Resolutions resolutions, ShowCatalog catalog, ForecastPaths paths) {
        addClassNames("page", "track-record-page");
        List<ResolutionMarkup.Entry> entries = currentFan.get().map(fan -> entries(fan, resolutions, catalog, paths))
                .orElse(List.of());
        add(new H1(getTranslation("track.heading")), Markup.component(Markup.text("p", getTranslation("track.intro"),
                "lead")), Markup.component(ResolutionMarkup.trackRecord(entries, Texts.of(this))));
    }

    private static List<ResolutionMarkup.Entry> entries(FanId fan, Resolutions resolutions, ShowCatalog catalog,
            ForecastPaths paths) {
        List<FanScore> scores = resolutions.scores(fan);
        Map<Long, ShowCard> shows = catalog.cardsOf(scores.stream().map(FanScore::showId).toList()).stream()
                .collect(Collectors.toMap(ShowCard::id, Function.identity()));
        return scores.stream().filter(score -> shows.containsKey(score.showId()))
                .map(score -> new ResolutionMarkup.Entry(score, shows.get(score.showId()), paths.of(fan, score.showId())))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("track.heading") + " · " + getTranslation("app.name");
    }
}
