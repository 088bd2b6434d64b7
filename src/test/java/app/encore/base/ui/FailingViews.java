package app.encore.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.Route;

/**
 * Test-only routes that fail, to prove what a fan sees when something breaks. Test classes are not
 * in the production bundle, so these use only the browser's own elements, as fans' pages do.
 */
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
        final NativeButton button = new NativeButton("Break", click -> {
            throw new IllegalStateException("handler exploded: secret detail");
        });

        FailsOnClick() {
            add(button);
        }
    }
}
