package app.encore.forecast.ui;

import app.encore.base.ui.Formats;
import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.fan.InvalidDisplayNameException;
import app.encore.fan.ui.CurrentFan;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.CrowdOddsPoint;
import app.encore.forecast.CrowdOddsService;
import app.encore.forecast.ForecastRefusedException;
import app.encore.forecast.Forecasting;
import app.encore.forecast.MyForecast;
import app.encore.forecast.OddsLabel;
import app.encore.show.OfficialStatus;
import app.encore.show.Show;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The crowd-odds section of a show page: the crowd's odds with their band, label and number of
 * forecasters, live; how they moved and how fans spread; and, while the question is open, the
 * fan's own vote. Resolved questions show the outcome instead of the vote.
 */
final class CrowdOddsPanel extends Section {

    /** The table gives the newest points only; the chart and the summary cover the whole history. */
    static final int TABLE_ROWS = 30;

    private final long showId;
    private final OfficialStatus status;
    private final Forecasting forecasting;
    private final CrowdOddsService crowd;
    private final CrowdOddsFeed feed;
    private final CurrentFan currentFan;
    private final Fans fans;
    private final Clock clock;

    final Span figure = new Span();
    final Span label = new Span();
    final Paragraph detail = new Paragraph();
    final Paragraph trend = new Paragraph();
    final OddsChart chart = new OddsChart();
    final Histogram histogram = new Histogram();
    final NativeTableBody historyRows = new NativeTableBody();
    private final Div spreadBox = new Div();

    final IntegerSlider slider = new IntegerSlider(0, 100);
    final IntegerField value = new IntegerField();
    final Button save = new Button();
    final Paragraph yours = new Paragraph();
    final Paragraph problem = new Paragraph();
    final TextField displayName = new TextField();
    final Button saveName = new Button();

    private List<CrowdOddsPoint> history = List.of();
    private Registration liveUpdates;

    CrowdOddsPanel(Show show, Forecasting forecasting, CrowdOddsService crowd, CrowdOddsFeed feed,
            CurrentFan currentFan, Fans fans, Clock clock) {
        this.showId = show.id();
        this.status = show.officialStatus();
        this.forecasting = forecasting;
        this.crowd = crowd;
        this.feed = feed;
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
        add(heading, headline, detail);

        if (status.isOpen()) {
            add(voteForm());
        } else {
            var outcome = new Paragraph(getTranslation("forecast.closed." + status.name()));
            outcome.addClassName("odds-outcome");
            add(outcome);
            currentFan.get().flatMap(fan -> forecasting.currentForecast(fan, showId)).ifPresent(mine ->
                    add(new Paragraph(getTranslation("forecast.yours-final", mine.probability()))));
        }
        add(movement(), spread());

        CrowdOdds now = crowd.odds(showId);
        showOdds(now);
        showHistory(crowd.history(showId));
        // The newest change may not be recorded yet (points are written every few seconds): end the
        // chart at the odds shown above.
        if (now.hasForecasts() && (history.isEmpty() || differs(history.getLast(), now))) {
            addToHistory(clock.instant(), now);
        }
    }

    private static boolean differs(CrowdOddsPoint point, CrowdOdds odds) {
        return point.median() != odds.median() || point.lowerQuartile() != odds.lowerQuartile()
                || point.upperQuartile() != odds.upperQuartile() || point.forecasters() != odds.forecasters();
    }

    private Div voteForm() {
        var title = new H3(getTranslation("forecast.your-odds"));
        title.setId("your-odds-heading");

        slider.setAriaLabel(getTranslation("forecast.slider"));
        slider.setStep(1);
        slider.addClassName("odds-slider");

        value.setLabel(getTranslation("forecast.value"));
        value.setMin(0);
        value.setMax(100);
        value.setStep(1);
        value.setStepButtonsVisible(true);
        value.setSuffixComponent(new Span("%"));
        value.setHelperText(getTranslation("forecast.value-help"));
        value.addClassName("odds-value");

        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                value.setValue(e.getValue());
                value.setInvalid(false);
            }
        });
        value.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 0 && e.getValue() <= 100) {
                slider.setValue(e.getValue());
            }
        });
        value.addKeyDownListener(Key.ENTER, e -> save());

        save.setText(getTranslation("forecast.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                save();
            } finally {
                save.setEnabled(true);
            }
        });

        yours.addClassName("your-forecast");
        yours.getElement().setAttribute("aria-live", "polite");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        var controls = new Div(slider, value, save);
        controls.addClassName("odds-controls");

        var form = new Div(title, controls, problem, yours, nameForm());
        form.addClassName("vote-form");
        form.getElement().setAttribute("role", "group");
        form.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        Optional<MyForecast> mine = currentFan.get().flatMap(fan -> forecasting.currentForecast(fan, showId));
        int start = mine.map(MyForecast::probability).orElse(50);
        slider.setValue(start);
        value.setValue(start);
        mine.ifPresentOrElse(this::showMine, () -> yours.setText(getTranslation("forecast.not-yet")));
        return form;
    }

    private Details nameForm() {
        displayName.setLabel(getTranslation("forecast.name"));
        displayName.setHelperText(getTranslation("forecast.name-help"));
        displayName.setMaxLength(Fans.MAX_NAME);
        displayName.setClearButtonVisible(true);
        currentFan.get().flatMap(fans::displayName).ifPresent(displayName::setValue);
        saveName.setText(getTranslation("forecast.name-save"));
        saveName.addClickListener(e -> saveName());
        displayName.addKeyDownListener(Key.ENTER, e -> saveName());
        var row = new Div(displayName, saveName);
        row.addClassName("name-row");
        var details = new Details(getTranslation("forecast.name-summary"), row);
        details.addClassName("name-details");
        return details;
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
            MyForecast mine = forecasting.forecast(fan, address(), showId, probability);
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
                problem.setVisible(true);
            }
        }
    }

    void saveName() {
        try {
            String saved = fans.setDisplayName(currentFan.getOrCreate(), displayName.getValue());
            displayName.setValue(saved);
            displayName.setInvalid(false);
            displayName.setHelperText(getTranslation("forecast.name-saved", saved));
        } catch (InvalidDisplayNameException invalid) {
            displayName.setErrorMessage(getTranslation("forecast.name-invalid", Fans.MIN_NAME, Fans.MAX_NAME));
            displayName.setInvalid(true);
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
            label.setClassName("odds-label odds-" + word.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            detail.setText(getTranslation("forecast.detail", odds.lowerQuartile(), odds.upperQuartile(),
                    odds.forecasters()));
        } else {
            figure.setText("");
            label.setText(getTranslation(status.isOpen() ? "forecast.none" : "forecast.none-closed"));
            label.setClassName("odds-label");
            detail.setText(status.isOpen() ? getTranslation("forecast.be-first") : "");
        }
        histogram.show(crowd.histogram(showId));
        spreadBox.setVisible(odds.hasForecasts());
    }

    private Div movement() {
        var title = new H3(getTranslation("forecast.history"));
        trend.addClassName("odds-trend");
        var table = new NativeTable();
        table.addClassName("odds-table");
        var head = new NativeTableHeader();
        head.addRow().add(new NativeTableHeaderCell(getTranslation("forecast.table.when")),
                new NativeTableHeaderCell(getTranslation("forecast.table.median")),
                new NativeTableHeaderCell(getTranslation("forecast.table.band")),
                new NativeTableHeaderCell(getTranslation("forecast.table.forecasters")));
        table.add(head, historyRows);
        var numbers = new Details(getTranslation("forecast.table.summary"), table);
        numbers.addClassName("odds-numbers");
        var box = new Div(title, chart, trend, numbers);
        box.addClassName("odds-history");
        return box;
    }

    private Div spread() {
        spreadBox.add(new H3(getTranslation("forecast.spread")), histogram);
        spreadBox.addClassName("odds-spread");
        return spreadBox;
    }

    /** A change seen on this page: drawn at once, without sending the whole history again. */
    private void addToHistory(Instant at, CrowdOdds odds) {
        if (!odds.hasForecasts()) {
            return;
        }
        var point = new CrowdOddsPoint(at, odds.median(), odds.lowerQuartile(), odds.upperQuartile(),
                odds.forecasters());
        history = new java.util.ArrayList<>(history);
        history.add(point);
        chart.append(at, odds);
        chart.setVisible(history.size() >= 2);
        describeTrend();
        historyRows.addComponentAsFirst(row(point));
        while (historyRows.getChildren().count() > TABLE_ROWS) {
            historyRows.getChildren().reduce((first, second) -> second).ifPresent(historyRows::remove);
        }
    }

    private void showHistory(List<CrowdOddsPoint> points) {
        history = points;
        chart.setHistory(points);
        chart.setVisible(points.size() >= 2);
        describeTrend();
        historyRows.removeAll();
        points.reversed().stream().limit(TABLE_ROWS).forEach(point -> historyRows.add(row(point)));
    }

    private void describeTrend() {
        List<CrowdOddsPoint> points = history;
        Locale locale = getLocale();
        if (points.isEmpty()) {
            trend.setText(getTranslation("forecast.history-empty"));
        } else {
            CrowdOddsPoint first = points.getFirst();
            CrowdOddsPoint last = points.getLast();
            trend.setText(points.size() == 1
                    ? getTranslation("forecast.trend-start", first.median(), Formats.date(first.at(), locale))
                    : getTranslation("forecast.trend", first.median(), Formats.date(first.at(), locale),
                            last.median()));
        }
    }

    private NativeTableRow row(CrowdOddsPoint point) {
        Locale locale = getLocale();
        return new NativeTableRow(
                new NativeTableCell(Formats.date(point.at(), locale)),
                new NativeTableCell(point.median() + " %"),
                new NativeTableCell(point.lowerQuartile() + "–" + point.upperQuartile() + " %"),
                new NativeTableCell(Integer.toString(point.forecasters())));
    }

    private static String address() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        liveUpdates = feed.subscribe(showId, odds -> {
            try {
                ui.access(() -> {
                    showOdds(odds);
                    addToHistory(clock.instant(), odds);
                });
            } catch (UIDetachedException gone) {
                // The page closed between the vote and the update; its detach removes this listener.
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            liveUpdates.remove();
            liveUpdates = null;
        }
    }

    List<CrowdOddsPoint> history() {
        return history;
    }
}
