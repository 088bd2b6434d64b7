package app.encore.base.ui;

import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Lets a page that has a first paint show it before Encore's JavaScript runs.
 * <p>
 * Vaadin's bundle is a module script, which a browser may run before it first paints when the
 * bundle arrives quickly (a warm cache, a near server): the page then appears only after the bundle
 * has run, and on a phone that is a second later. Here the bundle still starts downloading at once
 * ({@code modulepreload}), but it runs only after the browser has shown the first response, so the
 * fan reads the page while Encore starts, and the live page, which repaints the same text in the
 * same places, is never the largest paint a phone waits for. A page without a first paint (sign-in, staff screens,
 * the kiosk) starts as Vaadin built it. In a hidden tab nothing is painted, so nothing waits.
 */
final class PaintBeforeScript implements IndexHtmlRequestListener {

    /** Parsed once: a selector parsed for every page costs CPU a thousand fans arriving at once feel. */
    private static final Evaluator BUNDLE = QueryParser.parse("script[type=module][src*=VAADIN/build/]");

    /** The marker {@link FirstResponse} leaves on a response that carries a page. */
    static final String HAS_FIRST_PAINT = "data-first-paint";

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        Document document = response.getDocument();
        Element body = document.body();
        if (!body.hasAttr(HAS_FIRST_PAINT)) {
            return;
        }
        body.removeAttr(HAS_FIRST_PAINT);
        for (Element bundle : document.select(BUNDLE)) {
            String src = bundle.attr("src");
            bundle.before(new Element("link").attr("rel", "modulepreload").attr("crossorigin", "").attr("href", src));
            var start = new Element("script");
            start.appendChild(new DataNode(startAfterPaint(src)));
            bundle.replaceWith(start);
        }
    }

    /**
     * Starts once the browser reports that it has shown the page's content (the paint timing
     * entry {@code first-contentful-paint}, delivered after the frame is on screen). A browser
     * without paint timing starts after its next frame; a hidden tab at once; and should the report
     * never come, after 3 s. The address is Vaadin's own (hashed, same origin): quotes are all it
     * could hold that needs removing.
     */
    static String startAfterPaint(String src) {
        return "(function () {"
                + " var started = false;"
                + " function start() { if (started) { return; } started = true;"
                + " var s = document.createElement('script'); s.type = 'module'; s.crossOrigin = '';"
                + " s.src = '" + src.replace("\\", "").replace("'", "") + "'; document.head.appendChild(s); }"
                + " var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];"
                + " if (document.visibilityState === 'hidden') { start(); }"
                + " else if (types.indexOf('paint') >= 0) {"
                + " new PerformanceObserver(function (list, observer) {"
                + " if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); start(); }"
                + " }).observe({ type: 'paint', buffered: true });"
                + " setTimeout(start, 3000); }"
                + " else { requestAnimationFrame(function () { setTimeout(start); }); }"
                + " })();";
    }
}
