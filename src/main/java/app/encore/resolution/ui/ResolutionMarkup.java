package app.encore.resolution.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.Formats;
import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.fan.FanId;
import app.encore.forecast.ForecastChange;
import app.encore.resolution.BaseRates;
import app.encore.resolution.BaseRates.BaseRate;
import app.encore.resolution.BaseRates.KnownDrama;
import app.encore.resolution.CrowdRecord;
import app.encore.resolution.FanScore;
import app.encore.resolution.Leaderboard;
import app.encore.resolution.Resolution;
import app.encore.scoring.Calibration;
import app.encore.show.ShowCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The resolution's parts of the pages as static HTML, the same for the first response and the live
 * page: a resolved question's outcome and the fan's score, base rates, the leaderboard, a fan's
 * track record and the crowd's record.
 */
final class ResolutionMarkup {

    private ResolutionMarkup() {
    }

    /** A score as shown: three decimals. */
    static String score(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** A relative score as shown: three decimals with its sign, a real minus for screen readers. */
    static String relative(double value) {
        BigDecimal shown = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
        return shown.signum() > 0 ? "+" + shown.toPlainString()
                : shown.signum() < 0 ? "−" + shown.negate().toPlainString() : shown.toPlainString();
    }

    /** The outcome of a resolved question, as everyone sees it. */
    static Element outcome(Resolution resolution, Texts texts) {
        var box = element("div", "resolution-outcome");
        box.appendChild(text("p", texts.get("resolution.outcome." + resolution.outcome().name(),
                Formats.date(resolution.announcedAt(), texts.locale())), "resolution-verdict",
                "resolution-" + resolution.outcome().name().toLowerCase(java.util.Locale.ROOT)));
        var source = element("p", "resolution-source").appendText(texts.get("resolution.source") + " ");
        source.appendChild(resolution.sourceUrl() == null ? text("span", resolution.sourceTitle())
                : Markup.externalLink(resolution.sourceUrl(), resolution.sourceTitle(), false));
        box.appendChild(source);
        if (resolution.crowdLast() == null) {
            box.appendChild(text("p", texts.get("resolution.no-forecasts")));
        } else {
            box.appendChild(text("p", texts.get("resolution.crowd-last", resolution.crowdLast(),
                    resolution.forecasters()), "resolution-crowd"));
            if (resolution.crowdBrier() != null) {
                box.appendChild(text("p", texts.get("resolution.crowd-brier", score(resolution.crowdBrier())),
                        "resolution-crowd-brier"));
            }
        }
        return box;
    }

    /** The fan's own score on a resolved question, or why there is none. */
    static Element yourScore(@Nullable FanScore mine, int forecasters, Texts texts) {
        var box = element("div", "your-score");
        box.appendChild(text("h3", texts.get("resolution.your-score")));
        if (mine == null) {
            box.appendChild(text("p", texts.get("resolution.not-scored")));
            return box;
        }
        box.appendChild(text("p", texts.get("resolution.you-said", mine.finalForecast()), "your-final"));
        box.appendChild(scoreFigures(mine, texts));
        // The verdict follows the difference that counts, as shown, so the words never contradict the figures.
        long shown = Leaderboard.shown(mine.relative());
        String verdict = forecasters == 1 ? "alone" : shown < 0 ? "better" : shown > 0 ? "worse" : "same";
        box.appendChild(text("p", texts.get("resolution.verdict." + verdict,
                Math.round(mine.coverage() * 100)), "score-verdict"));
        box.appendChild(text("p", texts.get("resolution.brier-help"), "help-text"));
        var links = element("p", "score-links");
        links.appendChild(element("a").attr("href", "track-record").text(texts.get("track.link")));
        links.appendText(" · ");
        links.appendChild(element("a").attr("href", "leaderboard").text(texts.get("leaderboard.link")));
        box.appendChild(links);
        return box;
    }

    /** The fan's Brier, the crowd's over the same time and the difference that counts, as a list. */
    private static Element scoreFigures(FanScore score, Texts texts) {
        var figures = element("dl", "score-figures");
        figure(figures, texts.get("resolution.your-brier"), score(score.fanBrier()), "your-brier");
        figure(figures, texts.get("resolution.crowd-same-time"), score(score.crowdBrier()), "crowd-brier");
        figure(figures, texts.get("resolution.against-crowd"), relative(score.relative()), "your-relative");
        return figures;
    }

    /**
     * A wide table in a region that scrolls sideways on a phone instead of widening the page: named
     * by the table's caption, and focusable so a keyboard can scroll it too.
     */
    private static Element scrolling(Element table, String name) {
        return element("div", "table-scroll").attr("role", "region").attr("aria-label", name).attr("tabindex", "0")
                .appendChild(table);
    }

    private static void figure(Element list, String term, String value, String className) {
        var row = element("div", className);
        row.appendChild(text("dt", term));
        row.appendChild(text("dd", value));
        list.appendChild(row);
    }

    /** How often comparable dramas got a second season, for an open question. */
    static Element baseRates(List<BaseRate> rates, int known, Texts texts) {
        var box = element("section", "card-section", "base-rates").attr("aria-labelledby", "base-rates-heading");
        box.appendChild(text("h2", texts.get("base-rate.heading")).attr("id", "base-rates-heading"));
        var list = element("ul", "base-rate-list");
        for (BaseRate rate : rates) {
            list.appendChild(element("li", rate.tooFew() ? "base-rate-few" : "base-rate")
                    .appendChild(text("span", label(rate, texts), "base-rate-group"))
                    .appendText(" ")
                    .appendChild(text("span", line(rate, texts), "base-rate-figure")));
        }
        box.appendChild(list);
        var note = element("p", "help-text").appendText(texts.get("base-rate.note", known) + " ");
        note.appendChild(element("a").attr("href", "record#known-dramas").text(texts.get("base-rate.list-link")));
        box.appendChild(note);
        return box;
    }

    static String label(BaseRate rate, Texts texts) {
        return rate.group() == BaseRates.Group.ALL ? texts.get("base-rate.all") : rate.label() + ":";
    }

    /** "2 of 9 got a season 2 (22 %)", or with fewer than 5, "1 of 3: too few to call it a rate". */
    static String line(BaseRate rate, Texts texts) {
        return texts.get(rate.tooFew() ? "base-rate.few" : "base-rate.line", rate.renewed(), rate.total(),
                rate.percent());
    }

    /** The leaderboard: ranked fans, best first, the current fan marked. */
    static Element leaderboard(Leaderboard.Standings standings, @Nullable FanId you, Texts texts) {
        var box = element("div", "leaderboard");
        box.appendChild(text("p", texts.get("leaderboard.rules", standings.minimumQuestions()), "lead"));
        if (standings.ranked().isEmpty()) {
            box.appendChild(element("div", "empty-state")
                    .appendChild(text("p", texts.get("leaderboard.empty", standings.minimumQuestions()))));
        } else {
            var table = element("table", "data-table", "leaderboard-table");
            table.appendChild(text("caption", texts.get("leaderboard.caption")));
            var head = table.appendElement("thead").appendElement("tr");
            for (String column : List.of("rank", "fan", "questions", "relative", "brier")) {
                head.appendChild(text("th", texts.get("leaderboard.column." + column)).attr("scope", "col"));
            }
            var body = table.appendElement("tbody");
            for (Leaderboard.Standing standing : standings.ranked()) {
                var row = body.appendElement("tr");
                boolean mine = standing.fan().equals(you);
                if (mine) {
                    row.addClass("you");
                }
                row.appendChild(text("td", standing.tied() ? standing.rank() + "=" : Integer.toString(standing.rank()))
                        .attr("aria-label", standing.tied() ? texts.get("leaderboard.tied", standing.rank())
                                : Integer.toString(standing.rank())));
                var name = text("th", standing.displayName()).attr("scope", "row");
                if (mine) {
                    name.appendChild(text("span", " " + texts.get("leaderboard.you"), "you-badge"));
                }
                row.appendChild(name);
                row.appendChild(text("td", Integer.toString(standing.questions()), "number"));
                row.appendChild(text("td", relative(standing.relative()), "number"));
                row.appendChild(text("td", score(standing.brier()), "number"));
            }
            box.appendChild(scrolling(table, texts.get("leaderboard.caption")));
        }
        if (standings.unranked() > 0) {
            box.appendChild(text("p", texts.get("leaderboard.unranked", standings.unranked(),
                    standings.minimumQuestions()), "help-text"));
        }
        box.appendChild(text("p", texts.get("leaderboard.how"), "help-text"));
        box.appendChild(element("p", "help-text").appendChild(element("a").attr("href", "track-record")
                .text(texts.get("track.link"))).appendText(" · ").appendChild(element("a").attr("href", "record")
                .text(texts.get("nav.record"))));
        return box;
    }

    /** One question on a fan's track record. */
    record Entry(FanScore score, ShowCard show, List<ForecastChange> path) {
    }

    /** A fan's track record: each resolved question, their forecasts on it and their scores. */
    static Element trackRecord(List<Entry> entries, Texts texts) {
        var box = element("div", "track-record");
        if (entries.isEmpty()) {
            box.appendChild(element("div", "empty-state").appendChild(text("p", texts.get("track.empty"))));
            return box;
        }
        double total = entries.stream().mapToDouble(entry -> entry.score().relative()).sum();
        box.appendChild(text("p", texts.get("track.total", entries.size(), relative(total)), "lead"));
        var list = element("ol", "track-list");
        for (Entry entry : entries) {
            FanScore score = entry.score();
            var item = element("li", "track-item", "card-section");
            item.appendChild(element("h2").appendChild(element("a").attr("href", "shows/" + entry.show().slug())
                    .text(entry.show().title())));
            item.appendChild(text("p", texts.get("resolution.outcome." + score.outcome().name(),
                    Formats.date(score.announcedAt(), texts.locale())), "resolution-verdict",
                    "resolution-" + score.outcome().name().toLowerCase(java.util.Locale.ROOT)));
            var path = element("ol", "forecast-path").attr("aria-label", texts.get("track.path"));
            entry.path().stream().filter(change -> change.at().isBefore(score.announcedAt())).forEach(change ->
                    path.appendChild(text("li", texts.get("track.step", change.probability(),
                            Formats.date(change.at(), texts.locale())))));
            item.appendChild(text("h3", texts.get("track.path")));
            item.appendChild(path);
            var figures = scoreFigures(score, texts);
            figure(figures, texts.get("track.coverage"), Math.round(score.coverage() * 100) + " %", "coverage");
            item.appendChild(figures);
            list.appendChild(item);
        }
        box.appendChild(list);
        box.appendChild(text("p", texts.get("resolution.brier-help"), "help-text"));
        return box;
    }

    /** The crowd's record: the scores beside the two know-nothing forecasters, and the counts. */
    static Element record(CrowdRecord.Summary summary, Texts texts) {
        var box = element("div", "crowd-record");
        box.appendChild(text("p", texts.get("record.counts", summary.resolved(), summary.yes(), summary.no()),
                "lead", "record-counts"));
        if (summary.scored() == 0) {
            box.appendChild(element("div", "empty-state").appendChild(text("p", texts.get("record.empty"))));
            return box;
        }
        var table = element("table", "data-table", "record-table");
        table.appendChild(text("caption", texts.get("record.caption", summary.scored())));
        var head = table.appendElement("thead").appendElement("tr");
        head.appendChild(text("th", texts.get("record.column.forecaster")).attr("scope", "col"));
        head.appendChild(text("th", texts.get("record.column.brier")).attr("scope", "col"));
        var body = table.appendElement("tbody");
        row(body, texts.get("record.crowd"), summary.crowdBrier(), "record-crowd");
        row(body, texts.get("record.base-rate", Math.round(summary.baseRate() * 100), summary.baseRateDramas()),
                summary.baseRateBrier(), "record-base-rate");
        row(body, texts.get("record.coin"), summary.coinBrier(), "record-coin");
        box.appendChild(table);
        double crowd = summary.crowdBrier().orElse(1);
        boolean beatsBoth = crowd < summary.baseRateBrier().orElse(0) && crowd < summary.coinBrier().orElse(0);
        box.appendChild(text("p", texts.get(beatsBoth ? "record.beats-both" : "record.not-both"), "record-verdict"));
        return box;
    }

    private static void row(Element body, String who, OptionalDouble brier, String className) {
        body.appendElement("tr").addClass(className)
                .appendChild(text("th", who).attr("scope", "row"))
                .appendChild(text("td", brier.isPresent() ? score(brier.getAsDouble()) : "–", "number"));
    }

    /** The calibration bins as a table: the chart's numbers for those who cannot see it. */
    static Element calibrationTable(List<Calibration.Bin> bins, Texts texts) {
        var table = element("table", "data-table", "calibration-table");
        table.appendChild(text("caption", texts.get("record.calibration.caption")));
        var head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("bin", "weight", "forecast", "observed", "band")) {
            head.appendChild(text("th", texts.get("record.calibration.column." + column)).attr("scope", "col"));
        }
        var body = table.appendElement("tbody");
        for (Calibration.Bin bin : bins) {
            var row = body.appendElement("tr");
            row.appendChild(text("th", bin.from() + "–" + bin.to() + " %").attr("scope", "row"));
            if (bin.isEmpty()) {
                row.appendChild(text("td", "0", "number"));
                row.appendChild(text("td", "–", "number"));
                row.appendChild(text("td", "–", "number"));
                row.appendChild(text("td", "–", "number"));
                continue;
            }
            row.appendChild(text("td", String.format(texts.locale(), "%.2f", bin.weight()), "number"));
            row.appendChild(text("td", Math.round(bin.forecast() * 100) + " %", "number"));
            row.appendChild(text("td", Math.round(bin.observed() * 100) + " %", "number"));
            row.appendChild(text("td", Math.round(bin.low() * 100) + "–" + Math.round(bin.high() * 100) + " %", "number"));
        }
        return scrolling(table, texts.get("record.calibration.caption"));
    }

    /** In words, for the chart's accessible name: how far the crowd's odds were from what happened. */
    static String calibrationSummary(List<Calibration.Bin> bins, Texts texts) {
        List<Calibration.Bin> used = bins.stream().filter(bin -> !bin.isEmpty()).toList();
        if (used.isEmpty()) {
            return texts.get("record.calibration.none");
        }
        long inBand = used.stream().filter(bin -> bin.forecast() >= bin.low() && bin.forecast() <= bin.high()).count();
        return texts.get("record.calibration.summary", used.size(), inBand);
    }

    /** Every drama the base rates count, with its outcome and source. */
    /** How the crowd odds are computed, in words: where "how the odds are computed" links lead. */
    static Element howOddsWork(Texts texts) {
        var box = element("section", "card-section", "how-odds-work").attr("id", "how-odds-work")
                .attr("aria-labelledby", "how-odds-work-heading");
        box.appendChild(text("h2", texts.get("how-odds.heading")).attr("id", "how-odds-work-heading"));
        var list = element("ul");
        for (String key : List.of("how-odds.median", "how-odds.recent", "how-odds.cohorts", "how-odds.too-few",
                "how-odds.decided")) {
            list.appendChild(text("li", texts.get(key)));
        }
        return box.appendChild(list);
    }

    static Element knownDramas(List<KnownDrama> known, Texts texts) {
        var box = element("section", "card-section", "known-dramas").attr("id", "known-dramas")
                .attr("aria-labelledby", "known-dramas-heading");
        box.appendChild(text("h2", texts.get("record.known.heading")).attr("id", "known-dramas-heading"));
        box.appendChild(text("p", texts.get("record.known.intro", known.size(),
                known.stream().filter(KnownDrama::gotSeason2).count()), "help-text"));
        var table = element("table", "data-table", "known-table");
        table.appendChild(text("caption", texts.get("record.known.caption")));
        var head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("title", "network", "platform", "season2", "source")) {
            head.appendChild(text("th", texts.get("record.known.column." + column)).attr("scope", "col"));
        }
        var body = table.appendElement("tbody");
        for (KnownDrama drama : known) {
            var row = body.appendElement("tr");
            var title = element("th").attr("scope", "row");
            if (drama.slug() != null) {
                title.appendChild(element("a").attr("href", "shows/" + drama.slug()).text(drama.title()));
            } else {
                title.text(drama.title());
            }
            row.appendChild(title);
            row.appendChild(text("td", drama.network() == null ? "–" : drama.network()));
            row.appendChild(text("td", drama.platform() == null ? "–" : drama.platform()));
            row.appendChild(text("td", texts.get(drama.gotSeason2() ? "record.known.yes" : "record.known.no")));
            var source = element("td");
            if (drama.sourceUrl() == null) {
                source.text(texts.get("record.known.catalogue"));
            } else {
                source.appendChild(Markup.externalLink(drama.sourceUrl(), drama.sourceTitle(), false));
            }
            row.appendChild(source);
        }
        box.appendChild(scrolling(table, texts.get("record.known.caption")));
        return box;
    }
}
