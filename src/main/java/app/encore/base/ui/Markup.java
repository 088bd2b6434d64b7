package app.encore.base.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Static HTML built with jsoup, whose {@code text()} and {@code attr()} escape whatever they are
 * given. A view shows such a fragment as one {@link Html} element instead of a tree of components:
 * read-only text (a show's facts, cast, sources, the cards of the list) then costs the server one
 * node, and the page's first response can send the very same markup before any JavaScript runs.
 */
public final class Markup {

    private Markup() {
    }

    /** A new element with these classes. */
    public static Element element(String tag, String... classNames) {
        var element = new Element(tag);
        for (String className : classNames) {
            element.addClass(className);
        }
        return element;
    }

    /** A new element with these classes and this text (escaped). */
    public static Element text(String tag, String text, String... classNames) {
        return element(tag, classNames).text(text);
    }

    /** A link that opens elsewhere: a new tab, no referrer, no ranking credit, no access to this window. */
    public static Element externalLink(String url, String text, boolean userSupplied) {
        return element("a").attr("href", url).attr("target", "_blank")
                .attr("rel", userSupplied ? "noopener noreferrer nofollow ugc" : "noopener noreferrer nofollow")
                .text(text);
    }

    /** The element and what is inside it, as HTML without added whitespace. */
    public static String html(Element element) {
        var document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.body().appendChild(element);
        String html = element.outerHtml();
        element.remove();
        return html;
    }

    /** The element as one server-side node. */
    public static Html component(Element element) {
        return new Html(html(element));
    }
}
