package app.encore.base.ui;

import com.vaadin.flow.dom.Element;

/** One line of text in the browser's own {@code <input>}: {@code text} or {@code url}. See {@link NativeField}. */
public class NativeTextField extends NativeTextControl<NativeTextField> {

    public NativeTextField(String label) {
        this(label, "text");
    }

    /** @param type the input's type, e.g. {@code url} for a phone's keyboard with "/" and ".com" */
    public NativeTextField(String label, String type) {
        super(new Element("input"), label);
        control().setAttribute("type", type);
    }

    public void setPlaceholder(String placeholder) {
        control().setAttribute("placeholder", placeholder);
    }

    public void setAutocomplete(String autocomplete) {
        control().setAttribute("autocomplete", autocomplete);
    }
}
