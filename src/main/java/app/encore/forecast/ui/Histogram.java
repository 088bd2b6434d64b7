package app.encore.forecast.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Where fans' forecasts fall, in ten bins, as plain bars with their labels. One accessible image:
 * its name reads every bin's count.
 */
final class Histogram extends Div {

    private final List<Div> bars = new ArrayList<>();

    Histogram() {
        addClassName("histogram");
        getElement().setAttribute("role", "img");
        for (int bin = 0; bin < 10; bin++) {
            var bar = new Div();
            bar.addClassName("histogram-bar");
            var label = new Span(Integer.toString(bin * 10));
            label.addClassName("histogram-label");
            var track = new Div(bar);
            track.addClassName("histogram-track");
            var column = new Div(track, label);
            column.addClassName("histogram-column");
            column.getElement().setAttribute("aria-hidden", "true");
            bars.add(bar);
            add(column);
        }
    }

    void show(List<Integer> counts) {
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> described = new ArrayList<>();
        for (int bin = 0; bin < 10; bin++) {
            int count = counts.get(bin);
            int height = max == 0 ? 0 : Math.max(count > 0 ? 4 : 0, Math.round(100f * count / max));
            bars.get(bin).getStyle().setHeight(height + "%");
            described.add(getTranslation("forecast.histogram.bin", bin * 10, bin == 9 ? 100 : bin * 10 + 9, count));
        }
        getElement().setAttribute("aria-label", getTranslation("forecast.histogram.label") + ": "
                + String.join("; ", described));
    }
}
