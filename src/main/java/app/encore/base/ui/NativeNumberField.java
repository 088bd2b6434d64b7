package app.encore.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * A whole number in the browser's own {@code <input type="number">} (phones show a number pad),
 * with an optional unit after it ("%"). What is not a whole number is no value: the caller's
 * validation says so next to the field. See {@link NativeField}.
 */
public class NativeNumberField extends NativeField<NativeNumberField, Integer> {

    public NativeNumberField(String label) {
        super(new Element("input"), null);
        control().setAttribute("type", "number");
        control().setAttribute("inputmode", "numeric");
        setLabel(label);
    }

    public void setRange(int min, int max) {
        control().setAttribute("min", Integer.toString(min));
        control().setAttribute("max", Integer.toString(max));
        control().setAttribute("step", "1");
    }

    /** A unit shown after the number; hidden from screen readers, so say it in the label too. */
    public void setSuffix(String suffix) {
        var unit = new Span(suffix);
        unit.addClassName("native-field-suffix");
        unit.getElement().setAttribute("aria-hidden", "true");
        var row = new Element("div");
        row.getClassList().add("native-field-row");
        Element content = getContent().getElement();
        int at = content.indexOfChild(control());
        control().removeFromParent();
        row.appendChild(control(), unit.getElement());
        content.insertChild(at, row);
    }

    @Override
    protected @Nullable Integer parse(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }

    @Override
    protected String format(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }
}
