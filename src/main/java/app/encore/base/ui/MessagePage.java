package app.encore.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A page that only says something: a heading, a sentence and a way back to the shows. The base of
 * the not-found and error views.
 */
public abstract class MessagePage extends Div {

    private final H1 heading = new H1();
    private final Paragraph text = new Paragraph();

    protected MessagePage() {
        addClassNames("page", "message-page");
        var back = new Anchor(".", getTranslation("not-found.back"));
        back.addClassName("button-link");
        add(heading, text, back);
    }

    protected void setMessage(String headingText, String explanation) {
        heading.setText(headingText);
        text.setText(explanation);
    }

    protected String heading() {
        return heading.getText();
    }

    /** The same page as static HTML, for a first response. */
    public static org.jsoup.nodes.Element markup(String headingText, String explanation, Texts texts) {
        var page = Markup.element("div", "page", "message-page");
        page.appendChild(Markup.text("h1", headingText));
        page.appendChild(Markup.text("p", explanation));
        page.appendChild(Markup.text("a", texts.get("not-found.back"), "button-link").attr("href", "."));
        return page;
    }
}
