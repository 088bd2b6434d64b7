package app.encore.forecast.ui;

import app.encore.base.PublicUrl;
import com.vaadin.flow.server.VaadinServletRequest;
import app.encore.base.ui.Texts;
import app.encore.fan.Fans;
import app.encore.fan.ui.CurrentFan;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.CrowdOddsService;
import app.encore.forecast.Forecasting;
import app.encore.forecast.VenueTokens;
import app.encore.rumor.Rumors;
import app.encore.show.OfficialStatusFeed;
import app.encore.show.Show;
import app.encore.show.slot.ShowPageSection;
import java.time.Clock;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** Puts the crowd-odds panel at the top of every show page. */
@org.springframework.stereotype.Component
class CrowdOddsSection implements ShowPageSection {

    private final Forecasting forecasting;
    private final CrowdOddsService crowd;
    private final CrowdOddsFeed feed;
    private final OfficialStatusFeed statusFeed;
    private final CurrentFan currentFan;
    private final Fans fans;
    private final Clock clock;

    private final PublicUrl publicUrl;
    private final Rumors rumors;
    private final VenueTokens venues;

    /** At most this many of the newest published rumors are marked on the chart. */
    static final int MARKERS = 30;

    CrowdOddsSection(Forecasting forecasting, CrowdOddsService crowd, CrowdOddsFeed feed, OfficialStatusFeed statusFeed,
            CurrentFan currentFan, Fans fans, Clock clock, PublicUrl publicUrl, Rumors rumors, VenueTokens venues) {
        this.venues = venues;
        this.publicUrl = publicUrl;
        this.rumors = rumors;
        this.forecasting = forecasting;
        this.crowd = crowd;
        this.feed = feed;
        this.statusFeed = statusFeed;
        this.currentFan = currentFan;
        this.fans = fans;
        this.clock = clock;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(Show show) {
        return Optional.of(new CrowdOddsPanel(show, forecasting, crowd, feed, statusFeed, currentFan, fans, clock,
                publicBase(), rumors.newestPublished(Optional.of(show.id()), MARKERS), venues));
    }

    @Override
    public Optional<Element> firstPaint(Show show, Texts texts) {
        return Optional.of(CrowdOddsPanel.firstPaint(show, crowd.odds(show.id()), crowd.history(show.id()),
                show.officialStatus(), texts, publicBase()));
    }

    /** For the embed code; the first response is shared per address, whose host is part of it. */
    private String publicBase() {
        var request = VaadinServletRequest.getCurrent();
        return publicUrl.base(request == null ? null : request.getHttpServletRequest());
    }
}
