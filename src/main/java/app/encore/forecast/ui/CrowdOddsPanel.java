package app.encore.forecast.ui;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Formats;
import app.encore.base.ui.Markup;
import app.encore.base.ui.NativeForm;
import app.encore.base.ui.NativeNumberField;
import app.encore.base.ui.NativeTextField;
import app.encore.base.ui.Texts;
import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.fan.ui.CurrentFan;
import app.encore.fan.ui.DisplayNameForm;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.CrowdOddsPoint;
import app.encore.forecast.CrowdOddsService;
import app.encore.forecast.ForecastRefusedException;
import app.encore.forecast.VenueTokens;
import app.encore.base.ui.AltchaWidget;
import app.encore.forecast.Forecasting;
import app.encore.forecast.MyForecast;
import app.encore.forecast.OddsLabel;
import app.encore.rumor.RumorItem;
import app.encore.show.OfficialStatus;
import app.encore.show.OfficialStatusChanged;
import app.encore.show.OfficialStatusFeed;
import app.encore.show.Show;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The crowd-odds section of a show page: the crowd's odds with their band, label and number of
 * forecasters, live; how they moved and how fans spread; and, while the question is open, the
 * fan's own vote. Resolved questions show the outcome instead of the vote, and a question that
 * resolves while the page is open closes its vote in place.
 * <p>
 * Every open page holds one of these on the server, so it is kept small: the spread is one element
 * of HTML, and the table of numbers and the display-name form are built only when a fan opens them.
 * The vote is the browser's own slider, number field and button ({@code NativeField}): nothing has
 * to load and start in a phone before the fan can vote.
 */
final class CrowdOddsPanel extends Section {

    /** The table gives the newest points only; the chart and the summary cover the whole history. */
    static final int TABLE_ROWS = 30;

    private final long showId;
    private OfficialStatus status;
    private final VenueTokens venues;
    private final Forecasting forecasting;
    private final CrowdOddsService crowd;
    private final CrowdOddsFeed feed;
    private final OfficialStatusFeed statusFeed;
    private final CurrentFan currentFan;
    private final Fans fans;
    private final Clock clock;

    final Span figure = new Span();
    final Span label = new Span();
    final Paragraph detail = new Paragraph();
    final Paragraph trend = new Paragraph();
    final OddsChart chart = new OddsChart();
    final Div chartRumors = new Div();
    final Html histogram = new Html("<div class=\"histogram\" role=\"img\"></div>");
    /** Why the odds can sit apart from the middle of the spread, when they do. */
    final Paragraph weighting = new Paragraph();
    final NativeDetails numbers;
    private final Div numbersContent = new Div();
    private Html table;
    private final Div spreadBox = new Div();
    /** The vote while the question is open; the outcome once it has resolved. */
    private final Div yourPart = new Div();

    final RangeInput slider = new RangeInput();
    final NativeNumberField value = new NativeNumberField("");
    final NativeButton save = NativeForm.sendButton("", true, click -> save());
    final Paragraph yours = new Paragraph();
    final Paragraph problem = new Paragraph();
    final NativeDetails nameDetails;
    private final Div nameContent = new Div();
    NativeTextField displayName;
    NativeButton saveName;
    /** A new fan's proof of work, added when they first touch the vote form; null once they voted. */
    @Nullable AltchaWidget challenge;
    private @Nullable Div voteForm;
    /** A save waits for the proof of work to finish, and goes ahead once it has. */
    private boolean saveWhenVerified;

    /** The first recorded point and the newest ones: enough for the summary and the table. */
    private CrowdOddsPoint firstPoint;
    private final Deque<CrowdOddsPoint> recentPoints = new ArrayDeque<>();
    private int pointCount;
    private final List<Registration> liveUpdates = new ArrayList<>();

    CrowdOddsPanel(Show show, Forecasting forecasting, CrowdOddsService crowd, CrowdOddsFeed feed,
            OfficialStatusFeed statusFeed, CurrentFan currentFan, Fans fans, Clock clock, String publicBase,
            List<RumorItem> rumors, VenueTokens venues) {
        this.venues = venues;
        this.showId = show.id();
        this.status = show.officialStatus();
        this.forecasting = forecasting;
        this.crowd = crowd;
        this.feed = feed;
        this.statusFeed = statusFeed;
        this.currentFan = currentFan;
        this.fans = fans;
        this.clock = clock;
        addClassNames("card-section", "show-odds");

        var heading = new H2(getTranslation("forecast.heading"));
        heading.setId("crowd-odds-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        figure.addClassName("odds-figure");
        label.addClassName("odds-label");
        var headline = new Div(figure, label);
        headline.addClassName("odds-headline");
        // Read out when other fans move the odds, politely, as a whole.
        headline.getElement().setAttribute("aria-live", "polite");
        headline.getElement().setAttribute("aria-atomic", "true");
        detail.addClassName("odds-detail");

        nameDetails = new NativeDetails(getTranslation("forecast.name-summary"), nameContent);
        nameDetails.addClassName("name-details");
        nameDetails.addToggleListener(toggle -> {
            if (toggle.isOpened() && displayName == null) {
                nameContent.add(nameForm());
            }
        });
        numbers = new NativeDetails(getTranslation("forecast.table.summary"), numbersContent);
        numbers.addClassName("odds-numbers");
        numbers.addToggleListener(toggle -> {
            if (toggle.isOpened()) {
                showTable();
            }
        });

        add(heading, headline, detail, yourPart, movement(), spread(),
                Markup.component(OpenDataMarkup.of(show.slug(), show.title(), Texts.of(this), publicBase)));
        showYourPart();

        CrowdOdds now = crowd.odds(showId);
        showOdds(now);
        showHistory(crowd.history(showId));
        // The newest change may not be recorded yet (points are written every few seconds): end the
        // chart at the odds shown above.
        CrowdOddsPoint last = recentPoints.peekLast();
        if (now.hasForecasts() && (last == null || differs(last, now))) {
            addToHistory(clock.instant(), now);
        }
        showRumors(rumors);
    }

    /**
     * Published rumors first seen while the chart runs become markers on it, with a list in words.
     * A first-seen date is a day: a rumor of the chart's first day is marked at its start.
     */
    private void showRumors(List<RumorItem> rumors) {
        if (firstPoint == null || rumors.isEmpty()) {
            return;
        }
        Instant start = firstPoint.at();
        LocalDate firstDay = start.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate lastDay = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        List<RumorItem> onChart = rumors.stream()
                .filter(rumor -> !rumor.firstSeen().isBefore(firstDay) && !rumor.firstSeen().isAfter(lastDay))
                .sorted(Comparator.comparing(RumorItem::firstSeen)).toList();
        if (onChart.isEmpty()) {
            return;
        }
        chart.setMarkers(onChart.stream().map(rumor -> {
            Instant day = rumor.firstSeen().atStartOfDay(ZoneOffset.UTC).toInstant();
            return new OddsChart.RumorMarker(day.isBefore(start) ? start : day, rumor.verdict());
        }).toList());
        Texts texts = Texts.of(this);
        var list = Markup.element("ul", "chart-rumors").attr("aria-label", texts.get("forecast.chart-rumors"));
        for (RumorItem rumor : onChart) {
            String verdict = rumor.verdict().name().toLowerCase(Locale.ROOT);
            list.appendChild(Markup.element("li")
                    .appendChild(Markup.element("span", "marker-swatch", "marker-" + verdict).attr("aria-hidden", "true"))
                    .appendText(texts.get("forecast.chart-rumor", Formats.date(rumor.firstSeen(), getLocale()),
                            rumor.headline(), texts.get("verdict." + rumor.verdict().name()))));
        }
        chartRumors.add(Markup.component(list));
    }

    /**
     * The crowd's odds as the page's first response shows them, before the live panel replaces it,
     * with the place kept for the vote, the chart and the spread that the live panel adds.
     */
    static Element firstPaint(Show show, CrowdOdds odds, List<CrowdOddsPoint> history, OfficialStatus status,
            Texts texts, String publicBase) {
        var section = Markup.element("section", "card-section", "show-odds");
        section.appendChild(Markup.text("h2", texts.get("forecast.heading")));
        var headline = Markup.element("div", "odds-headline");
        var detail = Markup.element("p", "odds-detail");
        if (odds.hasForecasts()) {
            OddsLabel word = OddsLabel.of(odds, status);
            headline.appendChild(Markup.text("span", odds.median() + " %", "odds-figure"));
            headline.appendChild(Markup.text("span", texts.get("odds." + word.name()), "odds-label", cssClass(word)));
            detail.text(texts.get("forecast.detail", odds.lowerQuartile(), odds.upperQuartile(), odds.forecasters()));
        } else {
            headline.appendChild(Markup.text("span",
                    texts.get(status.isOpen() ? "forecast.none" : "forecast.none-closed"), "odds-label"));
            detail.text(status.isOpen() ? texts.get("forecast.be-first") : "");
        }
        section.appendChild(headline).appendChild(detail);
        if (!status.isOpen()) {
            section.appendChild(Markup.text("p", texts.get("forecast.closed." + status.name()), "odds-outcome"));
        }
        var placeholder = Markup.element("div", FirstPaint.LIVE_PLACEHOLDER).attr("aria-hidden", "true")
                .appendChild(Markup.element("div", status.isOpen() ? "odds-live-open" : "odds-live-closed"));
        boolean endsWithNow = odds.hasForecasts() && (history.isEmpty() || differs(history.getLast(), odds));
        if (history.size() + (endsWithNow ? 1 : 0) >= 2) {
            placeholder.appendChild(Markup.element("div", "odds-live-chart"));
        }
        if (odds.hasForecasts()) {
            placeholder.appendChild(Markup.element("div", "odds-live-spread"));
        }
        section.appendChild(placeholder);
        section.appendChild(OpenDataMarkup.of(show.slug(), show.title(), texts, publicBase));
        return section;
    }

    static boolean differs(CrowdOddsPoint point, CrowdOdds odds) {
        return point.median() != odds.median() || point.lowerQuartile() != odds.lowerQuartile()
                || point.upperQuartile() != odds.upperQuartile() || point.forecasters() != odds.forecasters();
    }

    private void showYourPart() {
        yourPart.removeAll();
        if (status.isOpen()) {
            yourPart.add(voteForm());
            return;
        }
        var outcome = new Paragraph(getTranslation("forecast.closed." + status.name()));
        outcome.addClassName("odds-outcome");
        yourPart.add(outcome);
        currentFan.get().flatMap(fan -> forecasting.currentForecast(fan, showId)).ifPresent(mine ->
                yourPart.add(new Paragraph(getTranslation("forecast.yours-final", mine.probability()))));
    }

    private Div voteForm() {
        var title = new H3(getTranslation("forecast.your-odds"));
        title.setId("your-odds-heading");

        slider.setAriaLabel(getTranslation("forecast.slider"));
        slider.setMin(0);
        slider.setMax(100);
        slider.setStep(1.0);
        slider.addClassName("odds-slider");

        value.setId("odds-value");
        value.setLabel(getTranslation("forecast.value"));
        value.setRange(0, 100);
        value.setSuffix("%");
        value.setHelperText(getTranslation("forecast.value-help"));
        value.addClassName("odds-value");

        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                value.setValue((int) Math.round(e.getValue()));
                value.setInvalid(false);
            }
        });
        value.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 0 && e.getValue() <= 100) {
                slider.setValue(e.getValue().doubleValue());
            }
        });
        // While the fan drags, the number follows at once, in the browser; the server hears the
        // slider when it is let go.
        slider.getElement().executeJs("const field = this.closest('form').querySelector('input[type=number]');"
                + " this.addEventListener('input', () => { field.value = this.value; });");

        save.setId("odds-save");
        save.setText(getTranslation("forecast.save"));

        yours.addClassName("your-forecast");
        yours.getElement().setAttribute("aria-live", "polite");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        var controls = new NativeForm(slider, value, save);
        controls.addClassName("odds-controls");

        var form = new Div(title, controls, problem, yours, nameDetails);
        form.addClassName("vote-form");
        voteForm = form;
        if (forecasting.needsProof(currentFan.get().orElse(null))) {
            // The proof of work (and its script) comes when a new fan first touches the vote, not
            // with every page: by the time they have picked their odds, it is done.
            form.getElement().addEventListener("focusin", touched -> addChallenge());
            form.getElement().addEventListener("pointerdown", touched -> addChallenge());
        }
        form.getElement().setAttribute("role", "group");
        form.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        Optional<MyForecast> mine = currentFan.get().flatMap(fan -> forecasting.currentForecast(fan, showId));
        int start = mine.map(MyForecast::probability).orElse(50);
        slider.setValue((double) start);
        value.setValue(start);
        mine.ifPresentOrElse(this::showMine, () -> yours.setText(getTranslation("forecast.not-yet")));
        return form;
    }

    private NativeForm nameForm() {
        var form = new DisplayNameForm(fans, currentFan.get().flatMap(fans::displayName), currentFan::getOrCreate);
        displayName = form.field;
        saveName = form.save;
        return form;
    }

    void save() {
        problem.setVisible(false);
        Integer probability = value.getValue();
        if (probability == null) {
            rejectValue();
            return;
        }
        try {
            FanId fan = currentFan.getOrCreate();
            String proof = challenge == null ? null : challenge.payload();
            if (forecasting.needsProof(fan) && proof == null) {
                waitForChallenge();
                return;
            }
            MyForecast mine = forecasting.forecast(fan, address(), venue(), showId, probability, proof);
            removeChallenge();
            value.setInvalid(false);
            showMine(mine);
            CrowdOdds odds = crowd.odds(showId);
            showOdds(odds);
            addToHistory(mine.at(), odds);
        } catch (ForecastRefusedException refused) {
            if (refused.reason() == ForecastRefusedException.Reason.OUT_OF_RANGE) {
                rejectValue();
            } else {
                problem.setText(getTranslation(refused.reason().messageKey()));
                problem.setClassName("form-wait", false);
                problem.setVisible(true);
            }
            if (challenge != null && challenge.payload() != null) {
                // A solution is good once: whatever refused this vote, the next try needs a new one.
                challenge.reset(forecasting.challenge());
            }
        }
    }

    /** Adds the proof-of-work widget to a new fan's vote form; it starts solving at once. */
    void addChallenge() {
        if (challenge != null || voteForm == null || !forecasting.needsProof(currentFan.get().orElse(null))) {
            return;
        }
        challenge = new AltchaWidget(forecasting.challenge());
        challenge.addClassName("vote-challenge");
        challenge.addStateChangeListener(change -> {
            if (saveWhenVerified && challenge != null && challenge.payload() != null) {
                saveWhenVerified = false;
                save();
            }
        });
        voteForm.addComponentAtIndex(2, challenge);
    }

    /** Saving before the proof of work is done: say so, and save as soon as it is. */
    private void waitForChallenge() {
        addChallenge();
        saveWhenVerified = true;
        problem.setText(getTranslation("forecast.checking"));
        // A moment's wait, not a problem: said in the page's ink, not in red.
        problem.setClassName("form-wait", true);
        problem.setVisible(true);
    }

    private void removeChallenge() {
        saveWhenVerified = false;
        if (challenge != null) {
            challenge.getElement().removeFromParent();
            challenge = null;
        }
    }

    private void rejectValue() {
        value.setErrorMessage(getTranslation("forecast.refused.OUT_OF_RANGE"));
        value.setInvalid(true);
        value.focus();
    }

    private void showMine(MyForecast mine) {
        yours.setText(getTranslation("forecast.yours", mine.probability(), Formats.ago(this, mine.at(), clock.instant())));
    }

    void showOdds(CrowdOdds odds) {
        if (odds.hasForecasts()) {
            figure.setText(odds.median() + " %");
            OddsLabel word = OddsLabel.of(odds, status);
            label.setText(getTranslation("odds." + word.name()));
            label.setClassName("odds-label " + cssClass(word));
            detail.setText(getTranslation("forecast.detail", odds.lowerQuartile(), odds.upperQuartile(),
                    odds.forecasters()));
        } else {
            figure.setText("");
            label.setText(getTranslation(status.isOpen() ? "forecast.none" : "forecast.none-closed"));
            label.setClassName("odds-label");
            detail.setText(status.isOpen() ? getTranslation("forecast.be-first") : "");
        }
        histogram.setHtmlContent(Markup.html(Histogram.markup(crowd.histogram(showId), Texts.of(this))));
        weighting.setVisible(odds.hasForecasts() && crowd.weightedApartFromSpread(showId));
        spreadBox.setVisible(odds.hasForecasts());
    }

    private static String cssClass(OddsLabel word) {
        return "odds-" + word.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The network announced while the page was open: close or reopen the vote in place. */
    void statusChanged(OfficialStatus newStatus) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        showYourPart();
        showOdds(crowd.odds(showId));
    }

    private Div movement() {
        var title = new H3(getTranslation("forecast.history"));
        trend.addClassName("odds-trend");
        var box = new Div(title, chart, chartRumors, trend, numbers);
        box.addClassName("odds-history");
        return box;
    }

    private Div spread() {
        weighting.addClassName("odds-weighting");
        weighting.add(new com.vaadin.flow.component.Text(getTranslation("forecast.weighted") + " "));
        weighting.add(new com.vaadin.flow.component.html.Anchor("record#how-odds-work", getTranslation("forecast.weighted-link")));
        spreadBox.add(new H3(getTranslation("forecast.spread")), histogram, weighting);
        spreadBox.addClassName("odds-spread");
        return spreadBox;
    }

    /** A change seen on this page: drawn at once, without sending the whole history again. */
    private void addToHistory(Instant at, CrowdOdds odds) {
        if (!odds.hasForecasts()) {
            return;
        }
        remember(new CrowdOddsPoint(at, odds.median(), odds.lowerQuartile(), odds.upperQuartile(),
                odds.forecasters()));
        chart.append(at, odds);
        chart.setVisible(pointCount >= 2);
        describeTrend();
        if (numbers.isOpen()) {
            showTable();
        }
    }

    private void showHistory(List<CrowdOddsPoint> points) {
        chart.setHistory(points);
        chart.setVisible(points.size() >= 2);
        points.forEach(this::remember);
        describeTrend();
    }

    private void remember(CrowdOddsPoint point) {
        if (firstPoint == null) {
            firstPoint = point;
        }
        recentPoints.addLast(point);
        if (recentPoints.size() > TABLE_ROWS) {
            recentPoints.removeFirst();
        }
        pointCount++;
    }

    private void describeTrend() {
        Locale locale = getLocale();
        if (pointCount == 0) {
            trend.setText(getTranslation("forecast.history-empty"));
        } else {
            CrowdOddsPoint last = recentPoints.getLast();
            trend.setText(pointCount == 1
                    ? getTranslation("forecast.trend-start", firstPoint.median(), Formats.date(firstPoint.at(), locale))
                    : getTranslation("forecast.trend", firstPoint.median(), Formats.date(firstPoint.at(), locale),
                            last.median()));
        }
    }

    /** The newest points as a table: the chart's data for those who cannot see it, newest first. */
    private void showTable() {
        Texts texts = Texts.of(this);
        Locale locale = getLocale();
        var markup = Markup.element("table", "odds-table");
        var head = markup.appendElement("thead").appendElement("tr");
        for (String column : List.of("when", "median", "band", "forecasters")) {
            head.appendChild(Markup.text("th", texts.get("forecast.table." + column)).attr("scope", "col"));
        }
        var body = markup.appendElement("tbody");
        recentPoints.descendingIterator().forEachRemaining(point -> body.appendElement("tr")
                .appendChild(Markup.text("td", Formats.date(point.at(), locale)))
                .appendChild(Markup.text("td", point.median() + " %"))
                .appendChild(Markup.text("td", point.lowerQuartile() + "–" + point.upperQuartile() + " %"))
                .appendChild(Markup.text("td", Integer.toString(point.forecasters()))));
        if (table == null) {
            table = Markup.component(markup);
            numbersContent.add(table);
        } else {
            table.setHtmlContent(Markup.html(markup));
        }
    }

    /** The venue whose kiosk the fan came through: a valid token in the address ({@code ?v=}), if any. */
    private @Nullable String venue() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("v").flatMap(venues::venue).orElse(null);
    }

    private static String address() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        liveUpdates.add(feed.subscribe(showId, odds -> inUi(ui, () -> {
            showOdds(odds);
            addToHistory(clock.instant(), odds);
        })));
        liveUpdates.add(statusFeed.subscribe(showId,
                (OfficialStatusChanged change) -> inUi(ui, () -> statusChanged(change.status()))));
    }

    private static void inUi(UI ui, Runnable update) {
        try {
            ui.access(update::run);
        } catch (UIDetachedException gone) {
            // The page closed between the change and the update; its detach removes the listener.
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        liveUpdates.forEach(Registration::remove);
        liveUpdates.clear();
    }

    /** The newest points, oldest first (at most {@link #TABLE_ROWS}). */
    List<CrowdOddsPoint> recentHistory() {
        return List.copyOf(recentPoints);
    }

    int historySize() {
        return pointCount;
    }
}
