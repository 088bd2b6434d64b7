package app.encore.fan.ui;

import app.encore.base.ui.NativeForm;
import app.encore.base.ui.NativeTextField;
import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.fan.InvalidDisplayNameException;
import com.vaadin.flow.component.html.NativeButton;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A fan's display name and its save button, on the show page and on the fan's own page: a name
 * Encore refuses is explained beside the field and stays as typed.
 */
public final class DisplayNameForm extends NativeForm {

    public final NativeTextField field;
    public final NativeButton save;

    /**
     * @param current the fan's name now, if they have one
     * @param fan the fan whose name is saved, made when the first save needs one
     */
    public DisplayNameForm(Fans fans, Optional<String> current, Supplier<FanId> fan) {
        field = new NativeTextField(getTranslation("forecast.name"));
        field.setHelperText(getTranslation("forecast.name-help"));
        field.setMaxLength(Fans.MAX_NAME);
        field.setAutocomplete("nickname");
        current.ifPresent(field::setValue);
        save = NativeForm.sendButton(getTranslation("forecast.name-save"), false, click -> {
            try {
                String saved = fans.setDisplayName(fan.get(), field.getValue());
                field.setValue(saved);
                field.setInvalid(false);
                field.setHelperText(getTranslation("forecast.name-saved", saved));
            } catch (InvalidDisplayNameException invalid) {
                field.setErrorMessage(getTranslation("forecast.name-invalid", Fans.MIN_NAME, Fans.MAX_NAME));
                field.setInvalid(true);
            }
        });
        add(field, save);
        addClassName("name-row");
    }
}
