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

    /**
     * JSON made safe to stand inside a {@code <script>} element (JSON-LD, a page's inline state):
     * {@code <}, {@code >} and {@code &} as their {@code \\u} escapes, so no text in it can end the
     * script ({@code </script>}) or switch the HTML parser into a script's escaped states ({@code
     * <!--<script>}, which would swallow the rest of the page), and the line separators U+2028 and
     * U+2029, which older JavaScript parsers take for line ends. Outside its strings JSON never holds
     * these characters, so the result is the same JSON, character for character as read.
     */
    public static String jsonForScript(String json) {
        var safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    /** The element as one server-side node. */
    public static Html component(Element element) {
        return new Html(html(element));
    }
}
