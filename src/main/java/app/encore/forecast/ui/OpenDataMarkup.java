package app.encore.forecast.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.Texts;
import org.jsoup.nodes.Element;

/**
 * The foot of the crowd-odds section: the odds' history as open data (CSV, JSON) and the widget for
 * fan blogs, with the code to paste.
 */
final class OpenDataMarkup {

    private OpenDataMarkup() {
    }

    static Element of(String slug, String title, Texts texts, String base) {
        var block = element("div", "open-data");
        var links = element("p").appendText(texts.get("data.text") + " ");
        links.appendChild(element("a").attr("href", "/data/shows/" + slug + "/odds.csv").attr("type", "text/csv")
                .text(texts.get("data.csv")));
        links.appendText(" · ");
        links.appendChild(element("a").attr("href", "/data/shows/" + slug + "/odds.json")
                .attr("type", "application/json").text(texts.get("data.json")));
        links.appendText(" · ");
        links.appendChild(element("a").attr("href", "/embed/" + slug).text(texts.get("data.embed")));
        block.appendChild(links);
        var code = element("details", "embed-code");
        code.appendChild(text("summary", texts.get("embed.code")));
        String iframe = "<iframe src=\"" + base + "/embed/" + slug + "?lang=" + texts.locale().getLanguage()
                + "\" width=\"400\" height=\"230\" style=\"border:0;max-width:100%\" title=\""
                + texts.get("oembed.title", title).replace("\"", "&quot;") + "\" loading=\"lazy\"></iframe>";
        code.appendChild(element("pre").appendChild(text("code", iframe)));
        block.appendChild(code);
        return block;
    }
}
