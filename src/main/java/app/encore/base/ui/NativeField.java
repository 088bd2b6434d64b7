package app.encore.base.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A form field that is the browser's own control ({@code <input>}, {@code <textarea>},
 * {@code <select>}) with a real {@code <label>}, a helper text and an error message tied to it
 * ({@code aria-describedby}, {@code aria-invalid}, {@code aria-required}).
 * <p>
 * Fans' pages use these rather than Vaadin's field components: a native control needs no module to
 * download, run and upgrade before the page can be used, which is most of what a show page costs a
 * phone while it starts, and phones show their own keyboards and pickers for it. The look follows
 * the Lumo fields of the staff screens ({@code .native-field} in {@code encore.css}). The browser
 * keeps the value while the fan types; the server hears it when the fan has finished ("change",
 * which a browser also fires before a form's button is pressed or Enter submits it).
 *
 * @param <C> the field itself
 * @param <V> its value
 */
public abstract class NativeField<C extends NativeField<C, V>, V> extends AbstractCompositeField<Div, C, V>
        implements HasValidation, Focusable<C> {

    private static final AtomicLong IDS = new AtomicLong();

    private final Element control;
    private final NativeLabel label = new NativeLabel();
    private final Span required = new Span("•");
    private final Span helper = new Span();
    private final Span error = new Span();
    private boolean invalid;

    protected NativeField(Element control, V emptyValue) {
        super(emptyValue);
        this.control = control;
        control.getClassList().add("native-control");
        required.addClassName("native-field-required");
        required.getElement().setAttribute("aria-hidden", "true");
        required.setVisible(false);
        helper.addClassName("native-field-helper");
        error.addClassName("native-field-error");
        setId("field-" + IDS.incrementAndGet());
        var labelRow = new Div(label, required);
        labelRow.addClassName("native-field-label");
        getContent().addClassName("native-field");
        getContent().add(labelRow);
        getContent().getElement().appendChild(control);
        getContent().add(helper, error);
        control.addPropertyChangeListener("value", "change",
                change -> setModelValue(parse(control.getProperty("value", "")), true));
    }

    /** The id is the control's, so a label, a test or a script finds the control by it. */
    @Override
    public void setId(String id) {
        control.setAttribute("id", id);
        control.setAttribute("aria-describedby", id + "-help " + id + "-error");
        label.setFor(id);
        helper.setId(id + "-help");
        error.setId(id + "-error");
    }

    @Override
    public Optional<String> getId() {
        return Optional.ofNullable(control.getAttribute("id"));
    }

    /** The value as the browser's control holds it, or nothing for what it cannot mean. */
    protected abstract @Nullable V parse(String text);

    /** The value as the browser's control shows it. */
    protected abstract String format(@Nullable V value);

    /** The browser's control itself, for attributes of its own ({@code type}, {@code min}…). */
    protected Element control() {
        return control;
    }

    @Override
    protected void setPresentationValue(@Nullable V value) {
        control.setProperty("value", format(value));
    }

    public void setLabel(String text) {
        label.setText(text);
    }

    public String getLabel() {
        return label.getText();
    }

    public void setHelperText(@Nullable String text) {
        helper.setText(text == null ? "" : text);
    }

    public String getHelperText() {
        return helper.getText();
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        required.setVisible(visible);
        control.setAttribute("aria-required", Boolean.toString(visible));
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return required.isVisible();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        getContent().setClassName("native-field-invalid", invalid);
        if (invalid) {
            control.setAttribute("aria-invalid", "true");
        } else {
            control.removeAttribute("aria-invalid");
            error.setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void focus() {
        control.callJsFunction("focus");
    }
}
