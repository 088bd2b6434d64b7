package app.encore.forecast.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Where fans' forecasts fall, in ten bins, as plain bars with their labels: one accessible image
 * whose name reads every bin's count. Static HTML, so an open page holds it as one element.
 */
final class Histogram {

    private Histogram() {
    }

    static Element markup(List<Integer> counts, Texts texts) {
        var histogram = Markup.element("div", "histogram").attr("role", "img");
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> described = new ArrayList<>();
        for (int bin = 0; bin < 10; bin++) {
            int count = counts.get(bin);
            int height = max == 0 ? 0 : Math.max(count > 0 ? 4 : 0, Math.round(100f * count / max));
            var track = Markup.element("div", "histogram-track")
                    .appendChild(Markup.element("div", "histogram-bar").attr("style", "height: " + height + "%"));
            histogram.appendChild(Markup.element("div", "histogram-column").attr("aria-hidden", "true")
                    .appendChild(track)
                    .appendChild(Markup.text("span", Integer.toString(bin * 10), "histogram-label")));
            described.add(texts.get("forecast.histogram.bin", bin * 10, bin == 9 ? 100 : bin * 10 + 9, count));
        }
        return histogram.attr("aria-label", texts.get("forecast.histogram.label") + ": " + String.join("; ", described));
    }
}
