package app.encore.forecast.web;

import app.encore.base.PublicUrl;
import app.encore.base.ui.Texts;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.CrowdOddsService;
import app.encore.show.OfficialStatus;
import app.encore.show.OfficialStatusFeed;
import app.encore.show.Show;
import app.encore.show.ShowCatalog;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.shared.Registration;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * ({@code /embed/{slug}/events}), fed by the same {@link CrowdOddsFeed} as the show page; the browser
 * reconnects by itself and is sent the current odds on every connection. An official announcement
 * makes the widget load itself again, to show the outcome.
 */
@RestController
class EmbedController {

    private static final Logger log = LoggerFactory.getLogger(EmbedController.class);
    /** The browser reconnects after this; short enough that dead readers do not pile up. */
    static final Duration EVENTS_FOR = Duration.ofMinutes(10);

    private final ShowCatalog catalog;
    private final CrowdOddsService crowd;
    private final CrowdOddsFeed feed;
    private final OfficialStatusFeed statusFeed;
    private final I18NProvider i18n;
    private final PublicUrl publicUrl;

    EmbedController(ShowCatalog catalog, CrowdOddsService crowd, CrowdOddsFeed feed, OfficialStatusFeed statusFeed,
            I18NProvider i18n, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.crowd = crowd;
        this.feed = feed;
        this.statusFeed = statusFeed;
        this.i18n = i18n;
        this.publicUrl = publicUrl;
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
        page.selectFirst("html").attr("lang", language);
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
     * when the network announces.
     */
    @GetMapping(value = "/embed/{slug}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String slug, HttpServletRequest request) {
        Show show = show(slug);
        long showId = show.id();
        Texts texts = Texts.of(request, i18n);
        var emitter = new SseEmitter(EVENTS_FOR.toMillis());
        var registrations = new AtomicReference<List<Registration>>(List.of());
        Runnable unsubscribe = () -> registrations.getAndSet(List.of()).forEach(Registration::remove);
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(error -> unsubscribe.run());

        var status = new AtomicReference<OfficialStatus>(show.officialStatus());
        Consumer<CrowdOdds> sendOdds = odds -> {
            OddsFigures figures = OddsFigures.of(odds, status.get(), texts);
            send(emitter, "odds", Map.of("percent", figures.percent(), "label", figures.label(),
                    "detail", figures.detail(),
                    "announce", odds.hasForecasts() ? texts.get("embed.updated", odds.median()) : ""), unsubscribe);
        };
        registrations.set(List.of(
                feed.subscribe(showId, sendOdds),
                statusFeed.subscribe(showId, changed -> {
                    status.set(changed.status());
                    send(emitter, "status", Map.of("status", changed.status().name()), unsubscribe);
                })));
        sendOdds.accept(crowd.odds(showId));
        return emitter;
    }

    /**
     * Runs on the feed's publishing thread. An event is ~200 bytes, so a write returns at once until a
     * reader's TCP buffer is full; a reader that stalls that long costs the other listeners that
     * much, and one that has gone is dropped at its first failed write.
     */
    private static void send(SseEmitter emitter, String name, Map<String, String> data, Runnable unsubscribe) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON).reconnectTime(5_000));
        } catch (IOException | IllegalStateException e) {
            // The reader went away: stop telling them. Nothing more to do with the emitter: after a failed
            // write the container reports the error and Spring completes the request (completing it here
            // as well raced with that and threw, which the soak found: bench/soak.sh).
            log.debug("A widget's event stream ended: {}", e.getMessage());
            unsubscribe.run();
        }
    }

    private Show show(String slug) {
        return catalog.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No show called " + slug));
    }
}
