package app.encore.forecast.ui;

import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsPoint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The history chart, drawn in the browser by uPlot ({@code frontend/components/odds-chart.ts}).
 * Only numbers cross the wire; screen readers get the same data from {@link CrowdOddsPanel}'s text
 * and table.
 */
@Tag("encore-odds-chart")
@NpmPackage(value = "uplot", version = "1.6.32")
@JsModule("./components/odds-chart.ts")
@CssImport("uplot/dist/uPlot.min.css")
class OddsChart extends Component {

    OddsChart() {
        addClassName("odds-chart");
    }

    void setHistory(List<CrowdOddsPoint> points) {
        getElement().setProperty("points", points.stream()
                .map(p -> "[" + p.at().getEpochSecond() + "," + p.median() + "," + p.lowerQuartile() + ","
                        + p.upperQuartile() + "]")
                .collect(Collectors.joining(",", "[", "]")));
    }

    /** Rumors as markers at the moment they were first seen, coloured by verdict. */
    void setMarkers(List<RumorMarker> markers) {
        getElement().setProperty("markers", markers.stream()
                .map(m -> "[" + m.at().getEpochSecond() + ",\"" + m.verdict().name().toLowerCase(java.util.Locale.ROOT)
                        + "\"]")
                .collect(Collectors.joining(",", "[", "]")));
    }

    /** A rumor on the chart: where, and its verdict. */
    record RumorMarker(Instant at, app.encore.rumor.Verdict verdict) {
    }

    void append(Instant at, CrowdOdds odds) {
        getElement().callJsFunction("addPoint", at.getEpochSecond(), odds.median(), odds.lowerQuartile(),
                odds.upperQuartile());
    }
}
