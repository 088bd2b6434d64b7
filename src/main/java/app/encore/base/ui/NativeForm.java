package app.encore.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/**
 * A {@code <form>} around native fields and their button, so Enter in a field presses the button
 * as it does on any web page. The browser never sends it anywhere: the button's click listener
 * acts, on the server, after the browser has sent the fields' values ("change" comes first).
 */
@Tag("form")
public class NativeForm extends HtmlContainer {

    public NativeForm(Component... components) {
        super(components);
        getElement().setAttribute("novalidate", true);
        getElement().addEventListener("submit", submit -> {
        }).preventDefault();
    }
}
