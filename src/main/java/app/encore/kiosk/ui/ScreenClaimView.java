package app.encore.kiosk.ui;

import app.encore.kiosk.Screens;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * Where a paired screen takes its credential: the answer sets it in an HttpOnly cookie (no script on
 * any page can read it), then the screen goes back to its kiosk. A secret that does not claim, or
 * claims twice, sets nothing; the screen just shows the public kiosk.
 */
@Route(value = "kiosk/claim", autoLayout = false)
@AnonymousAllowed
class ScreenClaimView extends Div implements BeforeEnterObserver {

    private final Screens screens;
    private String back = "kiosk";

    ScreenClaimView(Screens screens) {
        this.screens = screens;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String to = parameters.getOrDefault("to", List.of("kiosk")).getFirst();
        // Back to a kiosk of this site only, never elsewhere.
        back = to.matches("kiosk(\\?[A-Za-z0-9=&%,._~+-]*)?") ? to : "kiosk";
        String secret = parameters.getOrDefault("s", List.of("")).getFirst();
        screens.claim(secret).ifPresent(ScreenCookie::set);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("window.location.replace($0)", back);
    }
}
