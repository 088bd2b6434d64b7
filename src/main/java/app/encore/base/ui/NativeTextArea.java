package app.encore.base.ui;

import com.vaadin.flow.dom.Element;

/** Several lines of plain text in the browser's own {@code <textarea>}. See {@link NativeField}. */
public class NativeTextArea extends NativeTextControl<NativeTextArea> {

    public NativeTextArea(String label) {
        super(new Element("textarea"), label);
        control().setAttribute("rows", "3");
    }
}
