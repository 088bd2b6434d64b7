package app.encore.base.ui;

import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/** Several lines of plain text in the browser's own {@code <textarea>}. See {@link NativeField}. */
public class NativeTextArea extends NativeField<NativeTextArea, String> {

    public NativeTextArea(String label) {
        super(new Element("textarea"), "");
        control().setAttribute("rows", "3");
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
