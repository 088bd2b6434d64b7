package app.encore.resolution.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Texts;
import app.encore.resolution.BaseRates;
import app.encore.resolution.CrowdRecord;
import app.encore.resolution.Leaderboard;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The leaderboard, the crowd's record and the track record as their first response carries them:
 * the same markup as the live views, without anything personal (the fan's own line on the
 * leaderboard, their track record) which the live page adds.
 */
@Component
class RecordFirstPaint implements FirstPaint {

    private final Leaderboard leaderboard;
    private final CrowdRecord record;
    private final BaseRates baseRates;

    RecordFirstPaint(Leaderboard leaderboard, CrowdRecord record, BaseRates baseRates) {
        this.leaderboard = leaderboard;
        this.record = record;
        this.baseRates = baseRates;
    }

    @Override
    public Optional<Page> page(Address address, Texts texts) {
        return switch (address.path()) {
            case "leaderboard" -> Optional.of(page(texts, "leaderboard.heading", "leaderboard.description",
                    element("div", "page", "leaderboard-page")
                            .appendChild(text("h1", texts.get("leaderboard.heading")))
                            .appendChild(ResolutionMarkup.leaderboard(leaderboard.standings(), null, texts))));
            case "record" -> Optional.of(page(texts, "record.heading", "record.intro", recordPage(texts)));
            case "track-record" -> Optional.of(page(texts, "track.heading", "track.intro",
                    element("div", "page", "track-record-page")
                            .appendChild(text("h1", texts.get("track.heading")))
                            .appendChild(text("p", texts.get("track.intro"), "lead"))
                            .appendChild(element("div", LIVE_PLACEHOLDER).attr("aria-hidden", "true"))));
            default -> Optional.empty();
        };
    }

    private static Page page(Texts texts, String title, String description, Element content) {
        return new Page(200, texts.get(title) + " · " + texts.get("app.name"), texts.get(description), content);
    }

    private Element recordPage(Texts texts) {
        CrowdRecord.Summary summary = record.summary();
        var content = element("div", "page", "record-page");
        content.appendChild(text("h1", texts.get("record.heading")));
        content.appendChild(text("p", texts.get("record.intro"), "lead"));
        content.appendChild(ResolutionMarkup.record(summary, texts));
        if (summary.scored() > 0) {
            var calibration = element("div", "card-section", "calibration");
            calibration.appendChild(calibrationIntro(texts));
            calibration.appendChild(element("div", LIVE_PLACEHOLDER, "calibration-chart-placeholder")
                    .attr("aria-hidden", "true"));
            calibration.appendChild(ResolutionMarkup.calibrationTable(summary.calibration(), texts));
            content.appendChild(calibration);
        }
        content.appendChild(ResolutionMarkup.knownDramas(baseRates.known(), texts));
        content.appendChild(ResolutionMarkup.howOddsWork(texts));
        return content;
    }

    /** The calibration section's heading and what it shows, in words. */
    static Element calibrationIntro(Texts texts) {
        return element("div", "calibration-intro")
                .appendChild(text("h2", texts.get("record.calibration.heading")))
                .appendChild(text("p", texts.get("record.calibration.intro"), "help-text"));
    }
}
