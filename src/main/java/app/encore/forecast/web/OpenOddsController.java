package app.encore.forecast.web;

import app.encore.base.PublicUrl;
import app.encore.base.ui.Texts;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsPoint;
import app.encore.forecast.CrowdOddsService;
import app.encore.show.Show;
import app.encore.show.ShowCatalog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A show's crowd odds as other sites and machines read them, over plain HTTP:
 * <ul>
 * <li>{@code /og/{slug}.png}: the link-preview image ({@link OddsPreviewImage}), drawn once per
 * state of the odds and language and kept; its address carries that state ({@code ?v=}), so a chat
 * app that keeps images by address shows the new odds once they move;</li>
 * <li>{@code /data/shows/{slug}/odds.csv} and {@code .json}: every recorded point of the odds'
 * history, open data under CC BY 4.0;</li>
 * <li>{@code /oembed?url=…}: oEmbed for blog engines, the widget of {@link EmbedController} as a
 * {@code rich} embed.</li>
 * </ul>
 */
@RestController
class OpenOddsController {

    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final int EMBED_WIDTH = 400;
    static final int EMBED_HEIGHT = 230;
    private static final Pattern SHOW_PATH = Pattern.compile("/shows/([a-z0-9]+(?:-[a-z0-9]+)*)/?");

    private final ShowCatalog catalog;
    private final CrowdOddsService crowd;
    private final I18NProvider i18n;
    private final PublicUrl publicUrl;
    /** About 60 KB an image: a few hundred shows in two languages, whatever clients ask for. */
    private final app.encore.forecast.ForecastPaths paths;
    private final Cache<String, byte[]> images = Caffeine.newBuilder().maximumWeight(32L << 20)
            .weigher((String key, byte[] png) -> png.length).expireAfterAccess(Duration.ofHours(6)).build();

    OpenOddsController(ShowCatalog catalog, CrowdOddsService crowd, app.encore.forecast.ForecastPaths paths,
            I18NProvider i18n, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.paths = paths;
        this.crowd = crowd;
        this.i18n = i18n;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/og/{slug}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> previewImage(@PathVariable String slug, @RequestParam(name = "v", required = false) @Nullable String asked,
            HttpServletRequest request) {
        Show show = show(slug);
        Texts texts = Texts.of(request, i18n);
        CrowdOdds odds = crowd.odds(show.id());
        String version = OddsFigures.version(odds, show.officialStatus());
        byte[] png = images.get(texts.locale().getLanguage() + " " + slug + " " + version,
                key -> OddsPreviewImage.draw(
                        texts.locale().getLanguage().equals("ko") && show.nativeTitle() != null ? show.nativeTitle()
                                : show.title(), texts.get("list.heading"),
                        OddsFigures.of(odds, show.officialStatus(), texts), texts.get("app.name")));
        // The address of the current odds never shows other ones: keep it a day. Any other: briefly.
        CacheControl cache = version.equals(asked) ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic()
                : CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
        return ResponseEntity.ok().cacheControl(cache).contentType(MediaType.IMAGE_PNG).body(png);
    }

    @GetMapping(value = "/data/shows/{slug}/odds.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> historyCsv(@PathVariable String slug) {
        Show show = show(slug);
        var csv = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder()
                .setHeader("recorded_at", "median", "lower_quartile", "upper_quartile", "forecasters").get().print(csv)) {
            for (CrowdOddsPoint point : crowd.fullHistory(show.id())) {
                printer.printRecord(point.at(), point.median(), point.lowerQuartile(), point.upperQuartile(),
                        point.forecasters());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return openData(slug, "csv").contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    @GetMapping(value = "/data/shows/{slug}/odds.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> historyJson(@PathVariable String slug, HttpServletRequest request) {
        Show show = show(slug);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("show", show.slug());
        data.put("title", show.title());
        data.put("url", publicUrl.of(request, "/shows/" + show.slug()));
        data.put("question", new Texts(java.util.Locale.ENGLISH, i18n).get("show.question", show.title()));
        data.put("official_status", show.officialStatus().name());
        List<app.encore.forecast.CrowdOddsPoint> points = crowd.fullHistory(show.id());
        if (show.officialStatus() != app.encore.show.OfficialStatus.UNANNOUNCED && show.statusChangedAt() != null) {
            // Decided: the outcome, when it was announced, and the crowd's last odds before it.
            Instant announced = show.statusChangedAt();
            Map<String, Object> decided = new LinkedHashMap<>();
            decided.put("outcome", show.officialStatus().name());
            decided.put("announced_at", announced.toString());
            decided.put("source", show.statusSource() == null ? null : show.statusSource().url());
            // Replayed from the forecasts as the scoring does, not read off the recorded points, which
            // may lag the last votes by a moment.
            List<app.encore.forecast.CrowdOddsPoint> before = paths.crowdBefore(show.id(), announced);
            before.stream().reduce((first, second) -> second)
                    .ifPresentOrElse(last -> {
                        decided.put("final_median", last.median());
                        decided.put("final_forecasters", last.forecasters());
                        decided.put("final_recorded_at", last.at().toString());
                    }, () -> decided.put("final_median", null));
            data.put("resolution", decided);
        }
        data.put("licence", "CC BY 4.0");
        data.put("licence_url", LICENCE_URL);
        data.put("attribution", "Encore's fans");
        data.put("fields", Map.of(
                "recorded_at", "when the crowd odds changed (UTC, ISO 8601)",
                "median", "the crowd odds: recency-weighted median of every fan's latest forecast, %",
                "lower_quartile", "25th percentile of fans' forecasts, %",
                "upper_quartile", "75th percentile of fans' forecasts, %",
                "forecasters", "fans whose forecast counts"));
        data.put("points", points.stream().map(point -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("recorded_at", point.at().toString());
            row.put("median", point.median());
            row.put("lower_quartile", point.lowerQuartile());
            row.put("upper_quartile", point.upperQuartile());
            row.put("forecasters", point.forecasters());
            return row;
        }).toList());
        return openData(slug, "json").contentType(MediaType.APPLICATION_JSON).body(data);
    }

    private static ResponseEntity.BodyBuilder openData(String slug, String extension) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + slug + "-crowd-odds." + extension + "\"")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }

    /** oEmbed 1.0 (oembed.com) for a show page's address: the live widget as a rich embed. */
    @GetMapping(value = "/oembed", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> oembed(@RequestParam String url,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) @Nullable String maxwidth,
            @RequestParam(required = false) @Nullable String maxheight, HttpServletRequest request) {
        if (!format.equals("json")) {
            throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, "Only JSON is offered");
        }
        // maxwidth and maxheight are limits: the widget reflows to less, down to its smallest size; below
        // that there is no embed to offer (404, as oEmbed allows).
        int width = Math.min(EMBED_WIDTH, limit(maxwidth, EMBED_WIDTH));
        int height = Math.min(EMBED_HEIGHT, limit(maxheight, EMBED_HEIGHT));
        if (width < MIN_EMBED_WIDTH || height < MIN_EMBED_HEIGHT) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No embed fits " + width + " × " + height);
        }
        Show show = show(slugOf(url));
        // The page's own ?lang= names the widget's language; else the reader's.
        Texts texts = languageOf(url).map(language -> new Texts(language, i18n)).orElseGet(() -> Texts.of(request, i18n));
        String title = texts.get("oembed.title", show.title());
        String src = publicUrl.of(request, "/embed/" + show.slug()) + "?lang=" + texts.locale().getLanguage();
        var iframe = new org.jsoup.nodes.Element("iframe").attr("src", src).attr("title", title)
                .attr("width", String.valueOf(width)).attr("height", String.valueOf(height))
                .attr("style", "border:0;max-width:100%").attr("loading", "lazy");
        Map<String, Object> embed = new LinkedHashMap<>();
        embed.put("version", "1.0");
        embed.put("type", "rich");
        embed.put("title", title);
        embed.put("provider_name", texts.get("app.name"));
        embed.put("provider_url", publicUrl.base(request) + "/");
        embed.put("html", iframe.outerHtml());
        embed.put("width", width);
        embed.put("height", height);
        embed.put("thumbnail_url", publicUrl.of(request, "/og/" + show.slug() + ".png"));
        embed.put("thumbnail_width", OddsPreviewImage.WIDTH);
        embed.put("thumbnail_height", OddsPreviewImage.HEIGHT);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(embed);
    }

    static final int MIN_EMBED_WIDTH = 240;
    static final int MIN_EMBED_HEIGHT = 180;

    private static int limit(@Nullable String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "maxwidth and maxheight are whole numbers");
        }
    }

    /** The language a show page's address names with {@code ?lang=}, if Encore speaks it. */
    private java.util.Optional<java.util.Locale> languageOf(String url) {
        try {
            String query = URI.create(url.strip()).getRawQuery();
            if (query == null) {
                return java.util.Optional.empty();
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=")) {
                    String language = pair.substring("lang=".length());
                    return i18n.getProvidedLocales().stream().filter(locale -> locale.getLanguage().equals(language))
                            .findFirst();
                }
            }
        } catch (IllegalArgumentException notAnAddress) {
            // answered by slugOf
        }
        return java.util.Optional.empty();
    }

    private static String slugOf(String url) {
        try {
            Matcher path = SHOW_PATH.matcher(URI.create(url.strip()).getPath());
            if (path.matches()) {
                return path.group(1);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // not an address at all: answered below
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not the address of a show page: " + url);
    }

    private Show show(String slug) {
        return catalog.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No show called " + slug));
    }

    /** The address of a show's preview image as its page's head names it. */
    static String imagePath(Show show, CrowdOdds odds, String language) {
        return "/og/" + show.slug() + ".png?v=" + OddsFigures.version(odds, show.officialStatus()) + "&lang=" + language;
    }

    static List<String> dataPaths(Show show) {
        return List.of("/data/shows/" + show.slug() + "/odds.csv", "/data/shows/" + show.slug() + "/odds.json");
    }
}
