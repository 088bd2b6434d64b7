package app.encore.forecast.web;

import app.encore.base.PublicUrl;
import app.encore.base.ui.Texts;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.CrowdOddsService;
import app.encore.show.Show;
import app.encore.show.ShowCatalog;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The odds widget fan blogs embed: {@code /embed/{slug}}, a small page any site may frame (the only
 * route that allows it; see the security configuration), with the question, the crowd odds, their
 * label, forecasters and band, and a link to vote on Encore. {@code ?theme=light|dark} (default: the
 * reader's system setting) and {@code ?lang=en|ko}.
 * <p>
 * It is plain HTML and one small script, no Vaadin UI and no session, so a blog post read by
 * thousands costs no more than its requests. The odds stay live over server-sent events
 * ({@code /embed/{slug}/events}), held by {@link WidgetStreams} (one subscription per show to the same
 * {@link CrowdOddsFeed} as the show page, a heartbeat, bounds with a polling fallback); the browser
 * reconnects by itself and is sent the current odds on every connection. An official announcement
 * makes the widget load itself again, to show the outcome.
 */
@RestController
class EmbedController {

    private final ShowCatalog catalog;
    private final CrowdOddsService crowd;
    private final I18NProvider i18n;
    private final PublicUrl publicUrl;
    private final WidgetStreams streams;

    EmbedController(ShowCatalog catalog, CrowdOddsService crowd, I18NProvider i18n, PublicUrl publicUrl,
            WidgetStreams streams) {
        this.catalog = catalog;
        this.crowd = crowd;
        this.i18n = i18n;
        this.publicUrl = publicUrl;
        this.streams = streams;
    }

    @GetMapping(value = "/embed/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> widget(@PathVariable String slug, @RequestParam(defaultValue = "auto") String theme,
            HttpServletRequest request) {
        Show show = show(slug);
        Texts texts = Texts.of(request, i18n);
        String language = texts.locale().getLanguage();
        OddsFigures figures = OddsFigures.of(crowd.odds(show.id()), show.officialStatus(), texts);
        String showUrl = publicUrl.of(request, "/shows/" + show.slug()) + "?lang=" + language;

        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.firstElementChild().attr("lang", language); // the <html> of the shell: no selector to parse
        page.title(texts.get("embed.title", show.title()));
        page.head().prependElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        page.head().appendElement("link").attr("rel", "canonical").attr("href", showUrl);
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "../styles/embed.css");
        page.head().appendElement("script").attr("src", "../scripts/embed.js").attr("defer", "");
        String themeClass = switch (theme.strip().toLowerCase(Locale.ROOT)) {
            case "dark" -> "theme-dark";
            case "light" -> "theme-light";
            default -> "theme-auto";
        };
        page.body().addClass("embed").addClass(themeClass);

        Element widget = page.body().appendElement("main").addClass("widget")
                .attr("data-events", "../embed/" + show.slug() + "/events?lang=" + language);
        widget.appendElement("p").addClass("question").appendElement("a").attr("href", showUrl)
                .attr("target", "_blank").attr("rel", "noopener").text(texts.get("show.preview-title", show.title()));
        var odds = widget.appendElement("p").addClass("odds");
        if (!figures.official()) {
            odds.appendElement("span").addClass("value").attr("data-field", "percent").text(figures.percent());
        } else if (!"–".equals(figures.percent())) {
            // Decided: the crowd's last figure, which the detail line below names as such; not live.
            odds.appendElement("span").addClass("value").addClass("final").attr("data-field", "final")
                    .text(figures.percent());
        }
        odds.appendElement("span").addClass("label").attr("data-field", "label").text(figures.label());
        widget.appendElement("p").addClass("detail").attr("data-field", "detail").text(figures.detail());
        widget.appendElement("a").addClass("vote").attr("href", showUrl).attr("target", "_blank")
                .attr("rel", "noopener").text(texts.get(figures.official() ? "embed.outcome" : "embed.vote"));
        widget.appendElement("p").addClass("announce").attr("role", "status").attr("data-field", "announce");
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body("<!DOCTYPE html>" + page.outerHtml());
    }

    /**
     * The widget's live odds: an {@code odds} event now and on every change, a {@code status} event
     * when the network announces; held and bounded by {@link WidgetStreams}.
     */
    @GetMapping(value = "/embed/{slug}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String slug, HttpServletRequest request) {
        Show show = show(slug);
        return streams.open(show.id(), show.officialStatus(), Texts.of(request, i18n), request.getRemoteAddr(),
                request.getHeader("Last-Event-ID"));
    }

    private Show show(String slug) {
        return catalog.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No show called " + slug));
    }
}
