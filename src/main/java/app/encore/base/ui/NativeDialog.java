package app.encore.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A modal dialog that is the browser's own {@code <dialog>}: {@code showModal()} makes the rest of
 * the page inert, keeps focus inside, closes on Escape and returns focus where it was, with no
 * module to load for it. It removes itself from the page once closed.
 * <p>
 * Add it to a component on the page, then {@link #open()}: the dialog is opened after it has
 * reached the browser.
 */
@Tag("dialog")
public class NativeDialog extends Component implements HasComponents {

    private static final AtomicLong IDS = new AtomicLong();

    private final Div body = new Div();
    private boolean opened;

    public NativeDialog(String title) {
        String id = "dialog-" + IDS.incrementAndGet();
        var heading = new H2(title);
        heading.setId(id + "-title");
        heading.addClassName("native-dialog-title");
        body.addClassName("native-dialog-body");
        addClassName("native-dialog");
        getElement().setAttribute("aria-labelledby", id + "-title");
        getElement().appendChild(heading.getElement(), body.getElement());
        // Closed in the browser (Escape, or after close()): it has given focus back; leave the page.
        getElement().addEventListener("close", closed -> {
            opened = false;
            getElement().removeFromParent();
        });
    }

    @Override
    public void add(Component... components) {
        body.add(components);
    }

    public void open() {
        opened = true;
        getElement().executeJs("if (!this.open) { this.showModal(); }");
    }

    public void close() {
        opened = false;
        getElement().executeJs("if (this.open) { this.close(); }");
    }

    public boolean isOpened() {
        return opened;
    }
}
