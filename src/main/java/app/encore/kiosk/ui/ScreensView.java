package app.encore.kiosk.ui;

import app.encore.base.PlainText;
import app.encore.base.ui.Formats;
import app.encore.kiosk.Screens;
import app.encore.kiosk.Screens.Screen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The screens desk: staff register a kiosk screen by the code it shows ({@code /kiosk?pair}), with
 * its name and event, and see and revoke the screens registered. Only a registered screen's QR codes
 * carry venue tokens.
 */
@Route("admin/screens")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(order = 12, title = "nav.screens")
class ScreensView extends Div implements HasDynamicTitle {

    private final Screens screens;
    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField event = new TextField();
    final Button register = new Button();
    final UnorderedList list = new UnorderedList();

    ScreensView(Screens screens) {
        this.screens = screens;
        addClassNames("page", "admin-page", "screens-page");
        code.setLabel(getTranslation("screens.code"));
        code.setHelperText(getTranslation("screens.code-help"));
        code.setMaxLength(12);
        name.setLabel(getTranslation("screens.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        // Checked on registering, beside the field, not as the field is cleared.
        code.setManualValidation(true);
        name.setManualValidation(true);
        event.setManualValidation(true);
        event.setLabel(getTranslation("screens.event"));
        event.setMaxLength(120);
        register.setText(getTranslation("screens.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> register());
        var form = new Div(code, name, event, register);
        form.addClassName("screens-form");
        list.addClassName("screen-list");
        add(new H1(getTranslation("screens.heading")), new Paragraph(getTranslation("screens.intro")), form,
                new H2(getTranslation("screens.registered")), list);
        reload();
    }

    void register() {
        code.setInvalid(false);
        name.setInvalid(false);
        event.setInvalid(false);
        try {
            Screen screen = screens.register(code.getValue(), name.getValue(), event.getValue());
            Notification.show(getTranslation("screens.done", screen.name()), 4000, Notification.Position.BOTTOM_CENTER);
            code.clear();
            name.clear();
            event.clear();
            reload();
        } catch (IllegalArgumentException invalid) {
            TextField field = switch (invalid.getMessage()) {
                case "name" -> name;
                case "event" -> event;
                default -> code;
            };
            field.setErrorMessage(!PlainText.isLine(field.getValue()) ? getTranslation(PlainText.REFUSED)
                    : getTranslation("screens.invalid-" + invalid.getMessage()));
            field.setInvalid(true);
        }
    }

    void reload() {
        list.removeAll();
        var all = screens.all();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("screens.none")));
        }
        for (Screen screen : all) {
            var item = new ListItem();
            item.addClassName("screen-item");
            item.add(new H2(screen.name() + (screen.event() == null ? "" : " · " + screen.event())));
            item.add(new Paragraph(getTranslation("screens.by", screen.registeredBy(),
                    Formats.date(screen.registeredAt(), getLocale()))));
            item.add(new Paragraph(screen.revoked() ? getTranslation("screens.revoked",
                    Formats.date(screen.revokedAt(), getLocale()))
                    : screen.lastSeen() == null ? getTranslation("screens.never-seen")
                    : getTranslation("screens.seen", Formats.date(screen.lastSeen(), getLocale()))));
            if (!screen.revoked()) {
                var revoke = new Button(getTranslation("screens.revoke"));
                revoke.getElement().setAttribute("aria-label", getTranslation("screens.revoke-named", screen.name()));
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                revoke.addClickListener(click -> {
                    screens.revoke(screen.id());
                    reload();
                });
                item.add(revoke);
            }
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screens.heading") + " · " + getTranslation("app.name");
    }
}
