package app.encore.me.ui;

import app.encore.base.PlainText;
import app.encore.base.ui.Formats;
import app.encore.base.ui.NativeDialog;
import app.encore.base.ui.NativeForm;
import app.encore.base.ui.NativeTextField;
import app.encore.fan.FanId;
import app.encore.fan.FanPasskeys;
import app.encore.fan.Fans;
import app.encore.fan.InvalidPasskeyException;
import app.encore.fan.ui.CurrentFan;
import app.encore.fan.ui.DisplayNameForm;
import app.encore.me.FanData;
import app.encore.me.FanData.Everything;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * The fan's own page: their display name (to change), the shows they forecast with their odds and
 * links, the rumors they sent and where each stands, a link to their track record, and a download of
 * everything Encore holds about them. A visitor who has not voted is told what the page will hold.
 */
@Route("me")
@AnonymousAllowed
@Menu(order = 3, title = "nav.me")
@JsModule("./components/passkeys.ts")
class MeView extends Div implements HasDynamicTitle {

    final Paragraph intro = new Paragraph();
    NativeTextField displayName;
    NativeButton saveName;
    final UnorderedList forecasts = new UnorderedList();
    final UnorderedList rumors = new UnorderedList();
    Anchor download;
    final UnorderedList passkeyList = new UnorderedList();
    NativeTextField passkeyLabel;
    NativeButton savePasskey;
    final NativeButton signIn;
    final Paragraph passkeyStatus = new Paragraph();
    final Paragraph signInStatus = new Paragraph();
    NativeButton delete;

    private final CurrentFan currentFan;
    private final FanPasskeys passkeys;
    private final Fans fans;

    MeView(CurrentFan currentFan, Fans fans, FanData data, FanPasskeys passkeys) {
        this.currentFan = currentFan;
        this.passkeys = passkeys;
        this.fans = fans;
        addClassNames("page", "me-page");
        add(new H1(getTranslation("me.heading")));
        signIn = NativeForm.sendButton(getTranslation("me.passkey.sign-in"), false, click -> signIn());
        signIn.setId("passkey-sign-in");
        status(signInStatus);
        Optional<FanId> fan = currentFan.get();
        if (fan.isEmpty()) {
            intro.setText(getTranslation("me.none"));
            add(intro, signInSection());
            return;
        }
        intro.setText(getTranslation("me.intro"));
        Everything everything = data.of(fan.get());

        var nameForm = new DisplayNameForm(fans, Optional.ofNullable(everything.displayName()), fan::get);
        displayName = nameForm.field;
        saveName = nameForm.save;

        if (everything.forecasts().isEmpty()) {
            forecasts.add(new ListItem(getTranslation("me.no-forecasts")));
        }
        everything.forecasts().forEach(forecast -> {
            var item = new ListItem();
            if (forecast.show() != null) {
                item.add(new Anchor("shows/" + forecast.show(), forecast.title()));
            }
            item.add(new com.vaadin.flow.component.html.Span(" " + getTranslation("me.forecast",
                    forecast.probability(), Formats.date(forecast.at(), getLocale()))));
            forecasts.add(item);
        });
        if (everything.rumors().isEmpty()) {
            rumors.add(new ListItem(getTranslation("me.no-rumors")));
        }
        everything.rumors().forEach(rumor -> rumors.add(new ListItem(getTranslation("me.rumor", rumor.headline(),
                getTranslation("me.rumor-state." + rumor.state())))));

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = data.json(fan.get());
            return new DownloadResponse(new ByteArrayInputStream(file), "encore-my-data.json", "application/json",
                    file.length);
        }), getTranslation("me.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("button-link");

        add(intro, new H2(getTranslation("me.name")), nameForm,
                new H2(getTranslation("me.forecasts")), forecasts,
                new H2(getTranslation("me.rumors")), rumors,
                new Paragraph(new Anchor("track-record", getTranslation("me.track-record"))),
                passkeySection(fan.get()),
                new H2(getTranslation("me.data")), new Paragraph(getTranslation("me.data-help")), download,
                deleteSection(fan.get()), signInSection());
    }

    /** The fan's passkeys, to add and remove. */
    private Div passkeySection(FanId fan) {
        passkeyLabel = new NativeTextField(getTranslation("me.passkey.label"));
        passkeyLabel.setId("passkey-label");
        passkeyLabel.setMaxLength(FanPasskeys.MAX_LABEL);
        passkeyLabel.setHelperText(getTranslation("me.passkey.label-help"));
        passkeyLabel.setValue(getTranslation("me.passkey.label-default"));
        savePasskey = NativeForm.sendButton(getTranslation("me.passkey.save"), true, click -> savePasskey(fan));
        savePasskey.setId("passkey-save");
        status(passkeyStatus);
        var form = new NativeForm(passkeyLabel, savePasskey);
        form.addClassName("passkey-form");
        passkeyList.addClassName("passkey-list");
        showPasskeys(fan);
        var section = new Div(new H2(getTranslation("me.passkey.heading")),
                new Paragraph(getTranslation("me.passkey.help")), passkeyList, form, passkeyStatus);
        section.addClassName("me-passkeys");
        return section;
    }

    private void showPasskeys(FanId fan) {
        passkeyList.removeAll();
        List<FanPasskeys.Passkey> saved = passkeys.of(fan);
        if (saved.isEmpty()) {
            passkeyList.add(new ListItem(getTranslation("me.passkey.none")));
        }
        saved.forEach(passkey -> {
            var remove = new NativeButton(getTranslation("me.passkey.remove"), click -> {
                passkeys.remove(fan, passkey.id());
                showPasskeys(fan);
                say(passkeyStatus, getTranslation("me.passkey.removed", passkey.label()), false);
                savePasskey.getElement().callJsFunction("focus");
            });
            remove.addClassName("button");
            remove.getElement().setAttribute("aria-label", getTranslation("me.passkey.remove-named", passkey.label()));
            var item = new ListItem(new Span(getTranslation("me.passkey.item", passkey.label(),
                    Formats.date(passkey.created(), getLocale()))), remove);
            item.addClassName("passkey");
            passkeyList.add(item);
        });
    }

    /** Asks the browser to make a passkey for this fan, then has Spring Security check and keep it. */
    void savePasskey(FanId fan) {
        String label = passkeyLabel.getValue();
        if (!FanPasskeys.isLabel(label)) {
            passkeyLabel.setErrorMessage(getTranslation(PlainText.REFUSED));
            passkeyLabel.setInvalid(true);
            passkeyLabel.focus();
            return;
        }
        passkeyLabel.setInvalid(false);
        String origin = origin();
        var ceremony = passkeys.startRegistration(fan, origin);
        say(passkeyStatus, getTranslation("me.passkey.follow-browser"), false);
        // One ceremony at a time: a second click would make the browser abort the first.
        savePasskey.setEnabled(false);
        getElement().executeJs("return window.encorePasskeys.create($0)", ceremony.optionsJson())
                .then(String.class, credential -> {
                    savePasskey.setEnabled(true);
                    try {
                        passkeys.finishRegistration(fan, ceremony, credential, label, origin);
                        showPasskeys(fan);
                        say(passkeyStatus, getTranslation("me.passkey.saved"), false);
                    } catch (InvalidPasskeyException invalid) {
                        say(passkeyStatus, getTranslation("me.passkey.not-saved"), true);
                    }
                }, error -> {
                    savePasskey.setEnabled(true);
                    say(passkeyStatus, getTranslation("me.passkey.not-saved"), true);
                });
    }

    /** Asks the browser for one of the fan's passkeys; once it checks out, this browser is that fan. */
    void signIn() {
        String origin = origin();
        var ceremony = passkeys.startSignIn(origin);
        say(signInStatus, getTranslation("me.passkey.follow-browser"), false);
        signIn.setEnabled(false);
        getElement().executeJs("return window.encorePasskeys.get($0)", ceremony.optionsJson())
                .then(String.class, credential -> {
                    try {
                        FanId fan = passkeys.finishSignIn(ceremony, credential, origin);
                        currentFan.become(fan);
                        UI.getCurrent().getPage().reload();
                    } catch (InvalidPasskeyException invalid) {
                        signIn.setEnabled(true);
                        say(signInStatus, getTranslation("me.passkey.not-signed-in"), true);
                    }
                }, error -> {
                    signIn.setEnabled(true);
                    say(signInStatus, getTranslation("me.passkey.not-signed-in"), true);
                });
    }

    private Div signInSection() {
        var section = new Div(new H2(getTranslation("me.passkey.sign-in-heading")),
                new Paragraph(getTranslation("me.passkey.sign-in-help")), new NativeForm(signIn), signInStatus);
        section.addClassName("me-sign-in");
        return section;
    }

    /** Deleting the fan, after a confirmation that says what goes and what stays. */
    private Div deleteSection(FanId fan) {
        delete = new NativeButton(getTranslation("me.delete.open"), click -> confirmDelete(fan));
        delete.setId("delete-me");
        delete.addClassNames("button", "button-danger");
        var section = new Div(new H2(getTranslation("me.delete.heading")),
                new Paragraph(getTranslation("me.delete.help")), delete);
        section.addClassName("me-delete");
        return section;
    }

    NativeDialog confirmation;

    void confirmDelete(FanId fan) {
        confirmation = new NativeDialog(getTranslation("me.delete.confirm-title"));
        var cancel = new NativeButton(getTranslation("me.delete.cancel"), click -> confirmation.close());
        cancel.addClassName("button");
        cancel.getElement().setAttribute("type", "button");
        var confirm = NativeForm.sendButton(getTranslation("me.delete.confirm"), true, click -> {
            fans.delete(fan);
            currentFan.forget();
            confirmation.close();
            removeAll();
            var done = new Paragraph(getTranslation("me.delete.done"));
            done.getElement().setAttribute("role", "status");
            done.setId("deleted");
            add(new H1(getTranslation("me.heading")), done);
        });
        confirm.setId("delete-me-confirm");
        confirm.addClassName("button-danger");
        var buttons = new Div(cancel, confirm);
        buttons.addClassName("native-dialog-footer");
        confirmation.add(new Paragraph(getTranslation("me.delete.confirm-text")), new NativeForm(buttons));
        add(confirmation);
        confirmation.open();
    }

    private static void status(Paragraph paragraph) {
        paragraph.addClassName("form-status");
        paragraph.getElement().setAttribute("role", "status");
    }

    private static void say(Paragraph paragraph, String text, boolean problem) {
        paragraph.setText(text);
        paragraph.setClassName("form-problem", problem);
    }

    private String origin() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        return passkeys.originOf(request == null ? null : request.getHttpServletRequest());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.heading") + " · " + getTranslation("app.name");
    }
}
