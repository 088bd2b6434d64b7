package app.encore.base.ui;

import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/** One line of text in the browser's own {@code <input>}: {@code text} or {@code url}. See {@link NativeField}. */
public class NativeTextField extends NativeField<NativeTextField, String> {

    public NativeTextField(String label) {
        this(label, "text");
    }

    /** @param type the input's type, e.g. {@code url} for a phone's keyboard with "/" and ".com" */
    public NativeTextField(String label, String type) {
        super(new Element("input"), "");
        control().setAttribute("type", type);
        setLabel(label);
    }

    public void setMaxLength(int length) {
        control().setAttribute("maxlength", Integer.toString(length));
    }

    public void setPlaceholder(String placeholder) {
        control().setAttribute("placeholder", placeholder);
    }

    public void setAutocomplete(String autocomplete) {
        control().setAttribute("autocomplete", autocomplete);
    }

    @Override
    protected String parse(String text) {
        return text;
    }

    @Override
    protected String format(@Nullable String value) {
        return value == null ? "" : value;
    }
}
