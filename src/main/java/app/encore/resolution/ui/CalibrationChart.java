package app.encore.resolution.ui;

import app.encore.scoring.Calibration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The calibration plot, drawn in the browser by uPlot ({@code frontend/components/calibration-chart.ts}):
 * the diagonal of perfect calibration, and per bin the crowd's mean forecast against how often those
 * questions resolved YES, with its 95 % band. The element is an image named by a summary in words;
 * the table beside it holds every number.
 */
@Tag("encore-calibration-chart")
@NpmPackage(value = "uplot", version = "1.6.32")
@JsModule("./components/calibration-chart.ts")
class CalibrationChart extends Component {

    CalibrationChart() {
        getElement().setAttribute("class", "calibration-chart");
        getElement().setAttribute("role", "img");
    }

    void setBins(List<Calibration.Bin> bins, String summary, String xLabel, String yLabel) {
        getElement().setAttribute("aria-label", summary);
        getElement().setAttribute("data-x-label", xLabel);
        getElement().setAttribute("data-y-label", yLabel);
        getElement().setProperty("bins", bins.stream().filter(bin -> !bin.isEmpty())
                .map(bin -> String.format(Locale.ROOT, "[%.2f,%.2f,%.2f,%.2f,%.4f]", bin.forecast() * 100,
                        bin.observed() * 100, bin.low() * 100, bin.high() * 100, bin.weight()))
                .collect(Collectors.joining(",", "[", "]")));
    }
}
