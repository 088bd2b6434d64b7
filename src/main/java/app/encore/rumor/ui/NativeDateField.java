package app.encore.rumor.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A date as the browser's own date input ({@code <input type="date">}): phones open their native
 * date picker, and no date-picker module has to load with every show page for a form most fans
 * never open. Labelled, with its error message next to it and tied to it ({@code aria-invalid},
 * {@code aria-describedby}), styled like the Lumo fields around it ({@code .native-date} in
 * {@code encore.css}).
 */
class NativeDateField extends AbstractCompositeField<Div, NativeDateField, LocalDate>
        implements HasValidation, Focusable<NativeDateField> {

    private static final AtomicLong IDS = new AtomicLong();

    private final Element input = new Element("input");
    private final NativeLabel label = new NativeLabel();
    private final Span required = new Span("•");
    private final Span error = new Span();
    private boolean invalid;

    NativeDateField() {
        super(null);
        String id = "date-" + IDS.incrementAndGet();
        input.setAttribute("type", "date");
        input.setAttribute("id", id);
        input.setAttribute("aria-describedby", id + "-error");
        label.setFor(id);
        required.addClassName("native-date-required");
        required.getElement().setAttribute("aria-hidden", "true");
        required.setVisible(false);
        error.setId(id + "-error");
        error.addClassName("native-date-error");
        var labelRow = new Div(label, required);
        labelRow.addClassName("native-date-label");
        getContent().addClassName("native-date");
        getContent().add(labelRow);
        getContent().getElement().appendChild(input);
        getContent().add(error);
        // The browser keeps the value; the server hears it when the fan has chosen ("change").
        input.addPropertyChangeListener("value", "change", change -> setModelValue(parse(input.getProperty("value", "")), true));
    }

    void setLabel(String text) {
        label.setText(text);
    }

    void setMax(LocalDate max) {
        input.setAttribute("max", max.toString());
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        required.setVisible(visible);
        input.setAttribute("aria-required", Boolean.toString(visible));
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return required.isVisible();
    }

    @Override
    protected void setPresentationValue(@Nullable LocalDate value) {
        input.setProperty("value", value == null ? "" : value.toString());
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        getContent().setClassName("native-date-invalid", invalid);
        if (invalid) {
            input.setAttribute("aria-invalid", "true");
        } else {
            input.removeAttribute("aria-invalid");
            error.setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void focus() {
        input.callJsFunction("focus");
    }

    /** What a browser sends for an empty or impossible date is no date. */
    private static @Nullable LocalDate parse(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
