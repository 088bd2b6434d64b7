package app.encore.base.ui;

import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A date in the browser's own {@code <input type="date">}: phones open their native date picker,
 * and no date-picker module has to load with every show page for a form most fans never open.
 * See {@link NativeField}.
 */
public class NativeDateField extends NativeField<NativeDateField, LocalDate> {

    public NativeDateField(String label) {
        super(new Element("input"), null);
        control().setAttribute("type", "date");
        setLabel(label);
    }

    public void setMax(LocalDate max) {
        control().setAttribute("max", max.toString());
    }

    /** What a browser sends for an empty or impossible date is no date. */
    @Override
    protected @Nullable LocalDate parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    protected String format(@Nullable LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
