package app.encore.base.ui;

import app.encore.base.web.SecurityHeaders;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Marks each script of a page with the nonce of its response's Content-Security-Policy (see
 * {@link SecurityHeaders}), so the page's own inline scripts run and nothing injected does. Runs
 * after the listeners that add scripts.
 */
final class ScriptNonces implements IndexHtmlRequestListener {

    /** Parsed once: a selector parsed for every page costs CPU a thousand fans arriving at once feel. */
    private static final Evaluator SCRIPT = QueryParser.parse("script");

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        Object nonce = response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE);
        if (nonce instanceof String value) {
            response.getDocument().select(SCRIPT).attr("nonce", value);
        }
    }
}
