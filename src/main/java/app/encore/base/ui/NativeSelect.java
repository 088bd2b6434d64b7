package app.encore.base.ui;

import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One of a few choices in the browser's own {@code <select>} (phones open their own picker), with
 * an empty first choice while nothing is chosen. See {@link NativeField}.
 *
 * @param <T> the choices
 */
public class NativeSelect<T> extends NativeField<NativeSelect<T>, T> {

    private List<T> items = List.of();

    public NativeSelect(String label, List<T> items, Function<T, String> itemLabel) {
        super(new Element("select"), null);
        setLabel(label);
        this.items = List.copyOf(items);
        control().appendChild(new Element("option").setAttribute("value", "").setText(""));
        for (int i = 0; i < this.items.size(); i++) {
            control().appendChild(new Element("option").setAttribute("value", Integer.toString(i))
                    .setText(itemLabel.apply(this.items.get(i))));
        }
    }

    @Override
    protected @Nullable T parse(String text) {
        try {
            int index = Integer.parseInt(text);
            return index >= 0 && index < items.size() ? items.get(index) : null;
        } catch (NumberFormatException nothingChosen) {
            return null;
        }
    }

    @Override
    protected String format(@Nullable T value) {
        int index = value == null ? -1 : items.indexOf(value);
        return index < 0 ? "" : Integer.toString(index);
    }
}
