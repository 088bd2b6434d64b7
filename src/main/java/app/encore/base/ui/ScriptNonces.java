package app.encore.base.ui;

import app.encore.base.web.SecurityHeaders;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Marks each script of a page with the nonce of its response's Content-Security-Policy (see
 * {@link SecurityHeaders}), so the page's own inline scripts run and nothing injected does. Runs
 * after the listeners that add scripts.
 */
final class ScriptNonces implements IndexHtmlRequestListener {

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        Object nonce = response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE);
        if (nonce instanceof String value) {
            response.getDocument().select("script").attr("nonce", value);
        }
    }
}
