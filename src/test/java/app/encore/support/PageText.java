package app.encore.support;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * What a reader sees of a component: its text, including the parts a view shows as static HTML (one
 * element whose inner HTML the browser renders), which {@code getTextRecursively()} does not see.
 */
public final class PageText {

    private PageText() {
    }

    public static String of(HasElement component) {
        var text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The rendered elements of the static HTML inside this component that match a CSS selector. */
    public static org.jsoup.select.Elements select(HasElement component, String cssQuery) {
        var html = new StringBuilder();
        collectHtml(component.getElement(), html);
        return Jsoup.parseBodyFragment(html.toString()).select(cssQuery);
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append(' ');
            return;
        }
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            text.append(Jsoup.parseBodyFragment(inner).text()).append(' ');
            return;
        }
        element.getChildren().forEach(child -> collect(child, text));
    }

    private static void collectHtml(Element element, StringBuilder html) {
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            html.append('<').append(element.getTag());
            element.getAttributeNames().forEach(name -> html.append(' ').append(name).append("=\"")
                    .append(org.jsoup.nodes.Entities.escape(element.getAttribute(name))).append('"'));
            html.append('>').append(inner).append("</").append(element.getTag()).append('>');
            return;
        }
        element.getChildren().forEach(child -> collectHtml(child, html));
    }
}
