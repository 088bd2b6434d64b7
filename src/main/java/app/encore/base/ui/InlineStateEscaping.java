package app.encore.base.ui;

import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Closes a stored-XSS hole in eager server load, should it ever be turned on again (Encore runs with
 * it off: see {@link FirstResponse}). With {@code vaadin.eagerServerLoad} the first
 * view's state, fans' text included, is written into the page inside an inline script
 * ({@code window.Vaadin.TypeScript= {...}}) without escaping, so a rumor containing
 * {@code </script><img onerror=...>} would end that script and be parsed as HTML. Outside its
 * string literals that JSON never contains {@code <}, so writing every {@code <} in the script as
 * {@code \u003c} is exactly equivalent JavaScript, and nothing a fan types can end the script.
 */
final class InlineStateEscaping implements IndexHtmlRequestListener {

    /** Parsed once: a selector parsed for every page costs CPU a thousand fans arriving at once feel. */
    private static final Evaluator SCRIPT = QueryParser.parse("script");

    static final String STATE_SCRIPT = "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript=";

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        for (Element script : response.getDocument().select(SCRIPT)) {
            for (DataNode data : script.dataNodes()) {
                String code = data.getWholeData();
                if (code.startsWith(STATE_SCRIPT) && code.indexOf('<') >= 0) {
                    data.setWholeData(code.replace("<", "\\u003c"));
                }
            }
        }
    }
}
