package app.encore.kiosk.ui;

import app.encore.base.ui.NativeForm;
import app.encore.base.ui.NativeTextField;
import app.encore.kiosk.Screens;
import app.encore.kiosk.Screens.ShortAddress;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * Where a short address that leads nowhere now ({@code /v/K7Q2Y}: mistyped, expired, or its screen
 * revoked) brings a fan: it says so, keeps what they typed, and takes the letters again.
 */
@Route("address")
@AnonymousAllowed
class ShortAddressView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Screens screens;
    final NativeTextField code;
    final NativeButton go;
    private final Paragraph intro = new Paragraph();

    ShortAddressView(Screens screens) {
        this.screens = screens;
        addClassNames("page", "address-page");
        code = new NativeTextField(getTranslation("address.field"));
        code.setHelperText(getTranslation("address.help"));
        code.setMaxLength(20);
        code.setAutocomplete("off");
        code.getElement().setAttribute("autocapitalize", "characters");
        go = NativeForm.sendButton(getTranslation("address.go"), true, click -> go());
        var form = new NativeForm(code, go);
        form.addClassName("address-form");
        add(new H1(getTranslation("address.heading")), intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String tried = parameters.getOrDefault("tried", List.of("")).getFirst();
        code.setValue(tried.length() > 20 ? tried.substring(0, 20) : tried);
        intro.setText(getTranslation(parameters.containsKey("refused") ? "address.refused"
                : tried.isBlank() ? "address.intro" : "address.missed"));
    }

    void go() {
        var request = VaadinRequest.getCurrent();
        String from = request == null ? "unknown" : request.getRemoteAddr();
        switch (screens.follow(code.getValue(), from)) {
            case ShortAddress.Show show -> getUI().ifPresent(ui -> ui.getPage().setLocation(show.path()));
            case ShortAddress.Unknown unknown -> {
                code.setErrorMessage(getTranslation("address.unknown"));
                code.setInvalid(true);
            }
            case ShortAddress.TooMany tooMany -> {
                code.setErrorMessage(getTranslation("address.refused"));
                code.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("address.heading") + " · " + getTranslation("app.name");
    }
}
