package app.encore.base.ui;

import app.encore.base.PublicUrl;
import com.github.benmanes.caffeine.cache.Ticker;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first response to a page address: Vaadin's bootstrap page, completed with the page itself.
 * <p>
 * Encore does not render a Vaadin UI into that response (eager server load is off): a UI exists only
 * once a browser has run Encore's JavaScript and asked for one, so a crawler, a link-preview bot or
 * a fan's {@code curl} costs no UI and no session. Instead the response carries the page as plain
 * HTML from the {@link FirstPaint} of the feature that owns the address, with its title, description
 * and real HTTP status (404 for an unknown show or address). Readers without JavaScript read it as it
 * is; a browser paints it at once and the live view replaces it. Pages are shared for a few seconds
 * per address and language, so a storm of page views costs one rendering per page, not one per view.
 */
final class FirstResponse implements IndexHtmlRequestListener {

    // Parsed once: a selector parsed for every page costs CPU a thousand fans arriving at once feel.
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description]");
    private static final Evaluator MANIFEST = QueryParser.parse("link[rel=manifest]");
    private static final Evaluator THEME_COLOR = QueryParser.parse("meta[name=theme-color]");

    static final Duration SHARED_FOR = Duration.ofSeconds(5);

    private record Rendered(int status, String title, @Nullable String description, @Nullable String main,
            String head) {
    }

    private final List<FirstPaint> pages;
    private final I18NProvider i18n;
    /** About 1,000 pages of Encore's size, whatever the query strings clients send. */
    static final long MAX_SHARED_CHARACTERS = 8L << 20;

    private final SharedPages<Rendered> rendered = new SharedPages<>(SHARED_FOR, MAX_SHARED_CHARACTERS,
            page -> page.title().length() + page.head().length() + (page.main() == null ? 0 : page.main().length()),
            Ticker.systemTicker());
    private final PublicUrl publicUrl;

    FirstResponse(List<FirstPaint> pages, I18NProvider i18n, PublicUrl publicUrl) {
        this.pages = pages;
        this.i18n = i18n;
        this.publicUrl = publicUrl;
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = path(request);
        Map<String, List<String>> query = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        Locale locale = LanguagePreference.of(request, i18n);
        String base = publicUrl.base(((VaadinServletRequest) request).getHttpServletRequest());
        Rendered page = rendered.get(locale.getLanguage() + " " + base + "/" + path + "?" + query,
                key -> render(new FirstPaint.Address(base, path, query), new Texts(locale)));

        response.getVaadinResponse().setStatus(page.status());
        Document document = response.getDocument();
        document.selectFirst(HTML).attr("lang", locale.toLanguageTag());
        document.title(page.title());
        if (page.description() != null) {
            Element description = document.selectFirst(DESCRIPTION);
            if (description == null) {
                description = document.head().appendElement("meta").attr("name", "description");
            }
            description.attr("content", page.description());
        }
        if (!page.head().isEmpty()) {
            // A page's own manifest (the kiosk's) replaces the site's.
            if (page.head().contains("rel=\"manifest\"")) {
                document.head().select(MANIFEST).remove();
            }
            if (page.head().contains("name=\"theme-color\"")) {
                document.head().select(THEME_COLOR).remove();
            }
            // Rendered markup, escaped when it was built: added as it is, not parsed again.
            document.head().appendChild(new DataNode(page.head()));
        }
        Element outlet = document.getElementById("outlet");
        Element target = outlet == null ? document.body() : outlet;
        if (page.main() != null) {
            target.appendChild(new DataNode(page.main()));
            document.body().attr(PaintBeforeScript.HAS_FIRST_PAINT, "");
        }
        // Without JavaScript nothing will fill the places kept for the live page: give them back.
        var noscript = target.appendElement("noscript");
        noscript.appendElement("style").appendChild(new DataNode(
                "." + FirstPaint.LIVE_PLACEHOLDER + " { display: none; }"));
        noscript.appendChild(Markup.text("p", new Texts(locale).get("layout.needs-javascript"), "noscript-note"));
    }

    private Rendered render(FirstPaint.Address address, Texts texts) {
        String path = address.path();
        Optional<FirstPaint.Page> page = pages.stream()
                .flatMap(provider -> provider.page(address, texts).stream())
                .findFirst();
        if (page.isPresent()) {
            FirstPaint.Page found = page.get();
            String head = found.head().stream().map(Element::outerHtml).collect(Collectors.joining("\n"));
            return new Rendered(found.status(), found.title(), found.description(),
                    found.content() == null ? null : Markup.html(MainLayout.firstPaint(found.content(), texts, path)),
                    head);
        }
        if (RouteConfiguration.forApplicationScope().getRoute(path).isEmpty()) {
            Element notFound = MessagePage.markup(texts.get("not-found.title"), texts.get("not-found.text"), texts);
            return new Rendered(HttpServletResponse.SC_NOT_FOUND,
                    texts.get("not-found.title") + " · " + texts.get("app.name"), null,
                    Markup.html(MainLayout.firstPaint(notFound, texts, path)), "");
        }
        // A page that needs JavaScript anyway (sign-in, the staff screens).
        return new Rendered(HttpServletResponse.SC_OK, texts.get("app.name"), null, null, "");
    }

    private static String path(VaadinRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return "";
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
