package app.encore.base.ui;

import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * What the one-line and the several-line text fields share: the text is the value as typed, and an
 * upper bound on its length the browser enforces as the fan types.
 *
 * @param <C> the field itself
 */
public abstract class NativeTextControl<C extends NativeTextControl<C>> extends NativeField<C, String> {

    protected NativeTextControl(Element control, String label) {
        super(control, "");
        setLabel(label);
    }

    public void setMaxLength(int length) {
        control().setAttribute("maxlength", Integer.toString(length));
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
