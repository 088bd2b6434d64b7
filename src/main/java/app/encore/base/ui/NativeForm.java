package app.encore.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.NativeButton;

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

    /**
     * The button that sends a form: pressed by a click or by Enter in one of the form's fields. The
     * browser disables it the moment it is pressed and the server's answer enables it again, so a
     * double click sends once (a second send of a rumor would otherwise meet the fields the first one
     * emptied). Should no answer come, the browser enables it again after 10 s.
     */
    public static NativeButton sendButton(String text, boolean primary,
            ComponentEventListener<ClickEvent<NativeButton>> action) {
        var button = new NativeButton(text);
        button.addClassName("button");
        if (primary) {
            button.addClassName("button-primary");
        }
        button.getElement().setAttribute("type", "submit");
        // On every attach: a component added again gets a new element in the browser.
        // Vaadin's own listener for the click was added when the element was made, so it has already
        // taken this click when this one disables the button.
        button.addAttachListener(attach -> button.getElement().executeJs("this.addEventListener('click', () => {"
                + " this.disabled = true; setTimeout(() => { this.disabled = false; }, 10000); })"));
        button.addClickListener(click -> {
            try {
                action.onComponentEvent(click);
            } finally {
                button.getElement().executeJs("this.disabled = false");
            }
        });
        return button;
    }
}
