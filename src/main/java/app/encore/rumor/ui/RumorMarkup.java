package app.encore.rumor.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.externalLink;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Formats;
import app.encore.base.ui.Texts;
import app.encore.rumor.ModerationState;
import app.encore.rumor.RumorItem;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A show's rumors as HTML: each with its verdict (or "Awaiting review" for the fan's own), headline,
 * details, where it was seen and the moderator's note. Everything fans typed goes in as text.
 */
final class RumorMarkup {

    /** The attribute on a report button that names its rumor. */
    static final String REPORT = "data-report";

    private RumorMarkup() {
    }

    /**
     * @param reportButtons whether published rumors of other fans get a "Report" button (the live
     *     page; not the first response, where it could not work without JavaScript)
     */
    static Element list(List<RumorItem> items, Texts texts, boolean reportButtons) {
        var list = element("ul", "rumor-list").attr("aria-labelledby", "rumors-heading");
        items.forEach(item -> list.appendChild(element("li").appendChild(item(item, texts, reportButtons))));
        return list;
    }

    private static Element item(RumorItem item, Texts texts, boolean reportButton) {
        Locale locale = texts.locale();
        boolean pending = item.state() == ModerationState.PENDING;
        var article = element("article", "rumor");
        article.appendChild(text("span", pending ? texts.get("rumor.awaiting-review")
                : texts.get("verdict." + item.verdict().name()), "verdict-badge",
                pending ? "verdict-pending" : "verdict-" + item.verdict().name().toLowerCase(Locale.ROOT)));
        article.appendChild(text("h3", item.headline(), "rumor-headline"));
        if (item.details() != null) {
            article.appendChild(text("p", item.details(), "rumor-details"));
        }
        var meta = element("p", "rumor-meta").appendText(texts.get("rumor.meta",
                Formats.date(item.firstSeen(), locale), texts.get("source-kind." + item.sourceKind().name())) + " ");
        meta.appendChild(item.sourceUrl() == null ? text("span", item.sourceLabel())
                : externalLink(item.sourceUrl(), item.sourceLabel(), true));
        article.appendChild(meta);
        boolean published = item.state() == ModerationState.PUBLISHED;
        if (published && (item.verdictNote() != null || item.verdictEvidenceUrl() != null)) {
            var verdict = element("p", "rumor-verdict");
            if (item.verdictNote() != null) {
                verdict.appendText(texts.get("rumor.moderator-note", item.verdictNote()) + " ");
            }
            if (item.verdictEvidenceUrl() != null) {
                verdict.appendChild(externalLink(item.verdictEvidenceUrl(), texts.get("rumor.evidence"), true));
            }
            article.appendChild(verdict);
        }
        if (reportButton && published && !item.mine() && item.reportedByViewer()) {
            // Reported once: said where the button was, and not offered again.
            article.appendChild(text("p", texts.get("rumor.reported"), "rumor-reported"));
        } else if (reportButton && published && !item.mine()) {
            article.appendChild(text("button", texts.get("rumor.report"), "rumor-report")
                    .attr("type", "button")
                    .attr(REPORT, Long.toString(item.id()))
                    .attr("aria-label", texts.get("rumor.report-label", item.headline())));
        } else if (!reportButton && published) {
            // The first response keeps the place of the button the live page adds.
            article.appendChild(element("div", FirstPaint.LIVE_PLACEHOLDER, "rumor-report-live").attr("aria-hidden", "true"));
        }
        return article;
    }
}
