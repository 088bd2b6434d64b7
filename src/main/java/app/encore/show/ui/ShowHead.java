package app.encore.show.ui;

import app.encore.base.ui.FirstPaint.Address;
import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.show.CastMember;
import app.encore.show.Show;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The head of the catalogue's pages for the machines that read them: the canonical address and one
 * address per language ({@code hreflang}, {@code ?lang=ko}), Open Graph and Twitter card tags for
 * link previews, and a show's facts as schema.org {@code TVSeries} JSON-LD for search engines.
 */
@Component
class ShowHead {

    /** Encore's languages, as {@code hreflang} and Open Graph name them. */
    private static final Map<String, String> LANGUAGES = Map.of("en", "en_US", "ko", "ko_KR");
    private static final List<String> LANGUAGE_ORDER = List.of("en", "ko");

    private final JsonMapper json;

    ShowHead(JsonMapper json) {
        this.json = json;
    }

    /** The description of a show page: the question, what the other features say, the synopsis. */
    static String description(Show show, String summary, Texts texts) {
        var description = new StringBuilder(texts.get("show.question", show.title()));
        if (!summary.isBlank()) {
            description.append(' ').append(summary);
        }
        if (show.synopsis() != null) {
            description.append(' ').append(show.synopsis());
        }
        return description.toString();
    }

    List<Element> list(Texts texts, Address address) {
        List<Element> head = languages("/", texts, address);
        String url = canonical("/", address);
        head.addAll(openGraph("website", texts.get("list.page-title"), texts.get("list.intro"), url, texts));
        return head;
    }

    List<Element> show(Show show, String summary, Texts texts, Address address) {
        String path = "/shows/" + show.slug();
        String url = canonical(path, address);
        List<Element> head = languages(path, texts, address);
        String title = texts.get("show.preview-title", show.title());
        String description = summary.isBlank() ? texts.get("show.question", show.title()) : summary;
        head.addAll(openGraph("video.tv_show", title, description, url, texts));
        head.add(jsonLd(show, url, texts));
        return head;
    }

    /** The address as asked for: the plain one negotiates the language, {@code ?lang=} names one. */
    private static String canonical(String path, Address address) {
        String named = address.query().getOrDefault("lang", List.of()).stream().findFirst()
                .map(value -> value.strip().toLowerCase(Locale.ROOT)).filter(LANGUAGES::containsKey).orElse(null);
        return address.absolute(path) + (named == null ? "" : "?lang=" + named);
    }

    private static List<Element> languages(String path, Texts texts, Address address) {
        List<Element> head = new ArrayList<>();
        head.add(link("canonical", canonical(path, address)));
        for (String language : LANGUAGE_ORDER) {
            head.add(link("alternate", address.absolute(path) + "?lang=" + language).attr("hreflang", language));
        }
        head.add(link("alternate", address.absolute(path)).attr("hreflang", "x-default"));
        return head;
    }

    private static List<Element> openGraph(String type, String title, String description, String url, Texts texts) {
        String locale = LANGUAGES.getOrDefault(texts.locale().getLanguage(), "en_US");
        List<Element> head = new ArrayList<>();
        head.add(property("og:type", type));
        head.add(property("og:site_name", texts.get("app.name")));
        head.add(property("og:title", title));
        head.add(property("og:description", description));
        head.add(property("og:url", url));
        head.add(property("og:locale", locale));
        LANGUAGES.values().stream().filter(other -> !other.equals(locale)).sorted()
                .forEach(other -> head.add(property("og:locale:alternate", other)));
        head.add(meta("twitter:card", "summary_large_image"));
        head.add(meta("twitter:title", title));
        head.add(meta("twitter:description", description));
        return head;
    }

    private Element jsonLd(Show show, String url, Texts texts) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("@context", "https://schema.org");
        series.put("@type", "TVSeries");
        series.put("name", show.title());
        if (show.nativeTitle() != null) {
            series.put("alternateName", show.nativeTitle());
        }
        series.put("url", url);
        if (show.synopsis() != null) {
            series.put("description", show.synopsis());
        }
        series.put("inLanguage", "ko");
        series.put("countryOfOrigin", Map.of("@type", "Country", "name", "South Korea"));
        if (show.firstAired() != null) {
            series.put("startDate", show.firstAired().toString());
        }
        if (show.lastAired() != null) {
            series.put("endDate", show.lastAired().toString());
        }
        if (show.episodeCount() != null) {
            series.put("numberOfEpisodes", show.episodeCount());
        }
        if (show.studio() != null) {
            series.put("productionCompany", Map.of("@type", "Organization", "name", show.studio()));
        }
        if (!show.cast().isEmpty()) {
            series.put("actor", show.cast().stream().map(CastMember::actor)
                    .map(actor -> Map.of("@type", "Person", "name", actor)).toList());
        }
        series.put("subjectOf", Map.of("@type", "Question", "name", texts.get("show.question", show.title()),
                "url", url));
        String data = Markup.jsonForScript(json.writeValueAsString(series));
        return new Element("script").attr("type", "application/ld+json").appendChild(new DataNode(data));
    }

    private static Element link(String rel, String href) {
        return new Element("link").attr("rel", rel).attr("href", href);
    }

    private static Element property(String property, String content) {
        return new Element("meta").attr("property", property).attr("content", content);
    }

    private static Element meta(String name, String content) {
        return new Element("meta").attr("name", name).attr("content", content);
    }
}
