package app.encore.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.jspecify.annotations.Nullable;

/**
 * ALTCHA's proof-of-work widget (MIT, from npm). It solves the server's challenge in a background
 * worker as soon as it appears, then hands over a payload the server checks. No third-party call.
 * Its script is fetched when a widget first appears ({@code frontend/components/altcha-on-demand.ts}).
 */
@Tag("altcha-widget")
@NpmPackage(value = "altcha", version = "2.3.0")
// Not @JsModule("altcha"): the script loads when the first widget appears, not with every page.
@JsModule("./components/altcha-on-demand.ts")
public final class AltchaWidget extends Component {

    private @Nullable String payload;

    public AltchaWidget(String challengeJson) {
        addClassName("altcha");
        getElement().setAttribute("auto", "onload");
        getElement().setAttribute("hidelogo", true);
        getElement().setAttribute("strings", "{\"label\":" + json(getTranslation("altcha.label"))
                + ",\"verifying\":" + json(getTranslation("altcha.verifying"))
                + ",\"verified\":" + json(getTranslation("altcha.verified"))
                + ",\"error\":" + json(getTranslation("altcha.error"))
                + ",\"expired\":" + json(getTranslation("altcha.expired"))
                + ",\"footer\":" + json(getTranslation("altcha.footer")) + "}");
        setChallenge(challengeJson);
        addListener(StateChange.class, change -> payload = "verified".equals(change.state) ? change.payload : null);
    }

    /** Hears the widget's state: verifying, verified (with its payload), expired, error. */
    public com.vaadin.flow.shared.Registration addStateChangeListener(
            com.vaadin.flow.component.ComponentEventListener<StateChange> listener) {
        return addListener(StateChange.class, listener);
    }

    /** The solved challenge, once the widget has verified; null before that. */
    public @Nullable String payload() {
        return payload;
    }

    /** A new challenge, after one was used or refused. */
    public void reset(String challengeJson) {
        payload = null;
        setChallenge(challengeJson);
        getElement().callJsFunction("reset");
        getElement().callJsFunction("verify");
    }

    private void setChallenge(String challengeJson) {
        getElement().setAttribute("challengejson", challengeJson);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @DomEvent("statechange")
    public static class StateChange extends ComponentEvent<AltchaWidget> {
        final @Nullable String state;
        final @Nullable String payload;

        public StateChange(AltchaWidget source, boolean fromClient, @EventData("event.detail.state") String state,
                @EventData("event.detail.payload") String payload) {
            super(source, fromClient);
            this.state = state;
            this.payload = payload;
        }
    }
}
