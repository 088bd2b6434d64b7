package app.encore.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Test-only routes that fail, to prove what a fan sees when something breaks. */
final class FailingViews {

    private FailingViews() {
    }

    @Route("test/fails-to-open")
    @com.vaadin.flow.server.auth.AnonymousAllowed
    static class FailsToOpen extends Div {
        FailsToOpen() {
            throw new IllegalStateException("database exploded: secret detail");
        }
    }

    @Route("test/fails-on-click")
    @com.vaadin.flow.server.auth.AnonymousAllowed
    static class FailsOnClick extends Div {
        final Button button = new Button("Break", click -> {
            throw new IllegalStateException("handler exploded: secret detail");
        });

        FailsOnClick() {
            add(button);
        }
    }
}
