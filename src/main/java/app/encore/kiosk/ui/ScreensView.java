package app.encore.kiosk.ui;

import app.encore.base.PlainText;
import app.encore.base.ui.Formats;
import app.encore.kiosk.KioskSettings;
import app.encore.kiosk.Kiosks;
import app.encore.kiosk.Screens;
import app.encore.kiosk.Screens.Screen;
import app.encore.show.ShowCard;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;

/**
 * The screens desk: staff register a kiosk screen by the code it shows ({@code /kiosk?pair}), with
 * its name and event; see every registered screen online or offline, when it was last seen and last
 * loaded, what it shows and in which browser; set what it shows, its theme, language and allowance of
 * new fans (it follows within seconds), reload it, or revoke it. The list refreshes by itself, so a
 * screen that stops reporting is marked offline while staff watch.
 */
@Route("admin/screens")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(order = 12, title = "nav.screens")
class ScreensView extends Div implements HasDynamicTitle {

    private final Screens screens;
    private final Kiosks kiosks;
    private final Clock clock;
    private final Duration refreshEvery;
    private final int defaultAllowance;
    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField event = new TextField();
    final Button register = new Button();
    final UnorderedList list = new UnorderedList();
    final Paragraph summary = new Paragraph();
    /** The settings dialog while it is open, for tests. */
    SettingsDialog settingsDialog;
    private Registration refresh;

    ScreensView(Screens screens, Kiosks kiosks, Clock clock,
            @Value("${encore.screens.report-every:15s}") Duration refreshEvery,
            @Value("${encore.forecast.new-fans-per-venue-per-hour:2000}") int defaultAllowance) {
        this.screens = screens;
        this.kiosks = kiosks;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
        this.defaultAllowance = defaultAllowance;
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
        summary.addClassName("screens-summary");
        summary.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("screens.heading")), new Paragraph(getTranslation("screens.intro")), form,
                new H2(getTranslation("screens.registered")), summary, list);
        reload();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var ui = attach.getUI();
        ui.setPollInterval((int) Math.max(1000, refreshEvery.toMillis()));
        refresh = ui.addPollListener(poll -> reload());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (refresh != null) {
            refresh.remove();
            refresh = null;
        }
        detach.getUI().setPollInterval(-1);
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
        Instant now = clock.instant();
        Duration offlineAfter = screens.offlineAfter();
        long offline = all.stream().filter(screen -> !screen.revoked() && screen.lastSeen() != null
                && !screen.online(now, offlineAfter)).count();
        summary.setText(offline == 0 ? "" : getTranslation(offline == 1 ? "screens.offline-one" : "screens.offline-many", offline));
        summary.setVisible(offline > 0);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("screens.none")));
        }
        for (Screen screen : all) {
            list.add(item(screen, now, offlineAfter));
        }
    }

    private ListItem item(Screen screen, Instant now, Duration offlineAfter) {
        var item = new ListItem();
        item.addClassName("screen-item");
        item.add(new H2(screen.name() + (screen.event() == null ? "" : " · " + screen.event())));
        var state = new Span();
        state.addClassName("screen-state");
        if (screen.revoked()) {
            item.addClassName("screen-revoked");
            state.setText(getTranslation("screens.revoked", Formats.date(screen.revokedAt(), getLocale())));
        } else if (screen.lastSeen() == null) {
            state.setText(getTranslation("screens.never-seen"));
        } else if (screen.online(now, offlineAfter)) {
            item.addClassName("screen-online");
            state.setText(getTranslation("screens.online", Formats.ago(this, screen.lastSeen(), now)));
        } else {
            item.addClassName("screen-offline");
            state.setText(getTranslation("screens.offline", Formats.ago(this, screen.lastSeen(), now)));
        }
        item.add(new Paragraph(state));
        item.add(new Paragraph(getTranslation("screens.by", screen.registeredBy(),
                Formats.date(screen.registeredAt(), getLocale()))));
        if (!screen.revoked()) {
            KioskSettings settings = screen.deskSettings().orElse(null);
            item.add(new Paragraph(settings == null ? getTranslation("screens.settings-own")
                    : getTranslation("screens.settings", settings.rotateSeconds(),
                            getTranslation("screens.theme." + settings.theme().name().toLowerCase(Locale.ROOT)),
                            settings.language() == null ? getTranslation("screens.language-site")
                                    : settings.language().getDisplayLanguage(settings.language()))));
            if (screen.showing() != null && !screen.showing().isBlank()) {
                item.add(new Paragraph(getTranslation("screens.showing", screen.showing())));
            }
            if (screen.loadedAt() != null) {
                String browser = Browsers.describe(screen.browser());
                item.add(new Paragraph(getTranslation("screens.loaded", Formats.ago(this, screen.loadedAt(), now),
                        browser == null ? getTranslation("screens.browser-unknown") : browser)));
            }
            item.add(new Paragraph(screen.allowance() == null ? getTranslation("screens.allowance-default", defaultAllowance)
                    : getTranslation("screens.allowance", screen.allowance())));
            var change = new Button(getTranslation("screens.change"));
            change.getElement().setAttribute("aria-label", getTranslation("screens.change-named", screen.name()));
            change.addClickListener(click -> openSettings(screen));
            var reloadScreen = new Button(getTranslation("screens.reload"));
            reloadScreen.getElement().setAttribute("aria-label", getTranslation("screens.reload-named", screen.name()));
            reloadScreen.addClickListener(click -> {
                screens.reload(screen.id());
                Notification.show(getTranslation("screens.reload-asked", screen.name()), 4000,
                        Notification.Position.BOTTOM_CENTER);
            });
            var revoke = new Button(getTranslation("screens.revoke"));
            revoke.getElement().setAttribute("aria-label", getTranslation("screens.revoke-named", screen.name()));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.addClickListener(click -> {
                screens.revoke(screen.id());
                reload();
            });
            var actions = new Div(change, reloadScreen, revoke);
            actions.addClassName("screen-actions");
            item.add(actions);
        }
        return item;
    }

    void openSettings(Screen screen) {
        settingsDialog = new SettingsDialog(screen);
        settingsDialog.open();
    }

    /** What a screen shows, how fast, in which theme and language, and its allowance of new fans. */
    final class SettingsDialog extends Dialog {

        final MultiSelectComboBox<ShowCard> shows = new MultiSelectComboBox<>(getTranslation("screens.field.shows"));
        final IntegerField rotate = new IntegerField(getTranslation("screens.field.rotate"));
        final Select<KioskSettings.Theme> theme = new Select<>();
        final Select<String> language = new Select<>();
        /** Text, not a number field: what staff typed is read here, so anything but a whole number is named. */
        final TextField allowance = new TextField(getTranslation("screens.field.allowance"));
        final Button save = new Button(getTranslation("screens.save"));
        private final Screen screen;

        SettingsDialog(Screen screen) {
            this.screen = screen;
            setHeaderTitle(getTranslation("screens.dialog", screen.name()));
            KioskSettings current = screen.deskSettings().orElse(KioskSettings.from(java.util.Map.of()));
            List<ShowCard> choosable = kiosks.choosable();
            shows.setItems(choosable);
            shows.setItemLabelGenerator(ShowCard::title);
            shows.setHelperText(getTranslation("screens.field.shows-help"));
            shows.setValue(new LinkedHashSet<>(current.slugs().stream()
                    .map(slug -> choosable.stream().filter(card -> card.slug().equals(slug)).findFirst().orElse(null))
                    .filter(Objects::nonNull).toList()));
            rotate.setMin(KioskSettings.MIN_ROTATE);
            rotate.setMax(KioskSettings.MAX_ROTATE);
            rotate.setStepButtonsVisible(true);
            rotate.setValue(current.rotateSeconds());
            rotate.setManualValidation(true);
            rotate.setHelperText(getTranslation("screens.field.rotate-help", KioskSettings.MIN_ROTATE, KioskSettings.MAX_ROTATE));
            theme.setLabel(getTranslation("screens.field.theme"));
            theme.setItems(KioskSettings.Theme.values());
            theme.setItemLabelGenerator(value -> getTranslation("screens.theme." + value.name().toLowerCase(Locale.ROOT)));
            theme.setValue(current.theme());
            language.setLabel(getTranslation("screens.field.language"));
            language.setItems("", "en", "ko");
            language.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("screens.language-site")
                    : Locale.forLanguageTag(value).getDisplayLanguage(Locale.forLanguageTag(value)));
            language.setValue(current.language() == null ? "" : current.language().getLanguage());
            allowance.setManualValidation(true);
            allowance.setMaxLength(12);
            allowance.setValue(screen.allowance() == null ? "" : Integer.toString(screen.allowance()));
            allowance.setPlaceholder(Integer.toString(defaultAllowance));
            allowance.setHelperText(getTranslation("screens.field.allowance-help", defaultAllowance));
            var fields = new Div(shows, rotate, theme, language, allowance);
            fields.addClassName("screen-settings");
            add(fields);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            var cancel = new Button(getTranslation("screens.cancel"), click -> close());
            getFooter().add(cancel, save);
        }

        void save() {
            rotate.setInvalid(false);
            allowance.setInvalid(false);
            Integer seconds = rotate.getValue();
            if (seconds == null || seconds < KioskSettings.MIN_ROTATE || seconds > KioskSettings.MAX_ROTATE) {
                rotate.setErrorMessage(getTranslation("screens.field.rotate-invalid", KioskSettings.MIN_ROTATE,
                        KioskSettings.MAX_ROTATE));
                rotate.setInvalid(true);
                return;
            }
            String typed = allowance.getValue().strip().replace(",", "").replace(" ", "");
            Integer perHour = typed.matches("\\d{1,6}") ? Integer.valueOf(typed) : null;
            if ((!typed.isEmpty() && perHour == null) || (perHour != null && (perHour < 1 || perHour > Screens.MAX_ALLOWANCE))) {
                allowance.setErrorMessage(getTranslation("screens.field.allowance-invalid", Screens.MAX_ALLOWANCE));
                allowance.setInvalid(true);
                return;
            }
            String slugs = String.join(",", shows.getValue().stream().map(ShowCard::slug).toList());
            String query = (slugs.isEmpty() ? "" : "shows=" + slugs + "&") + "rotate=" + seconds + "&theme="
                    + theme.getValue().name().toLowerCase(Locale.ROOT)
                    + (language.getValue().isEmpty() ? "" : "&lang=" + language.getValue());
            try {
                screens.configure(screen.id(), KioskSettings.fromQuery(query), perHour);
            } catch (IllegalArgumentException gone) {
                allowance.setErrorMessage(getTranslation("screens.field.allowance-invalid", Screens.MAX_ALLOWANCE));
                allowance.setInvalid("allowance".equals(gone.getMessage()));
                if (!"allowance".equals(gone.getMessage())) {
                    Notification.show(getTranslation("screens.gone", screen.name()), 5000, Notification.Position.MIDDLE);
                    close();
                    ScreensView.this.reload();
                }
                return;
            }
            Notification.show(getTranslation("screens.saved", screen.name()), 4000, Notification.Position.BOTTOM_CENTER);
            close();
            ScreensView.this.reload();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screens.heading") + " · " + getTranslation("app.name");
    }
}
