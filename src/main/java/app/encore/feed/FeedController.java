package app.encore.feed;

import app.encore.base.PublicUrl;
import app.encore.base.ui.Texts;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.show.Announcement;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowListing;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Atom 1.0 feeds, written by ROME: {@code /feeds/all.atom} for every show and
 * {@code /feeds/shows/{slug}.atom} for one. Each entry is a published rumor (its verdict, its
 * source) or an official announcement, newest first, at most {@value #ENTRIES}. Entry ids are tag
 * URIs that never change, so a reader shows each rumor once, and again only when it is updated.
 */
@RestController
class FeedController {

    static final int ENTRIES = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    /** Tag URIs (RFC 4151) name the authority and a date it held the name: Encore's first year. */
    private static final String TAG_DATE = "2026";

    private final ShowCatalog catalog;
    private final Rumors rumors;
    private final I18NProvider i18n;
    private final PublicUrl publicUrl;

    FeedController(ShowCatalog catalog, Rumors rumors, I18NProvider i18n, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.rumors = rumors;
        this.i18n = i18n;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/feeds/all.atom", produces = "application/atom+xml")
    ResponseEntity<String> all(HttpServletRequest request) {
        Texts texts = Texts.of(request, i18n);
        Map<Long, ShowListing> shows = catalog.listings().stream()
                .collect(Collectors.toMap(ShowListing::id, Function.identity()));
        return atom(feed(texts.get("feed.title-all"), "/feeds/all.atom", "/", shows,
                rumors.newestPublished(Optional.empty(), ENTRIES), catalog.announcements(Optional.empty(), ENTRIES),
                texts, request));
    }

    @GetMapping(value = "/feeds/shows/{slug}.atom", produces = "application/atom+xml")
    ResponseEntity<String> show(@PathVariable String slug, HttpServletRequest request) {
        Texts texts = Texts.of(request, i18n);
        ShowListing show = catalog.listing(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No show called " + slug));
        return atom(feed(texts.get("feed.title-show", show.title()), path(show), "/shows/" + slug,
                Map.of(show.id(), show), rumors.newestPublished(Optional.of(show.id()), ENTRIES),
                catalog.announcements(Optional.of(show.id()), ENTRIES), texts, request));
    }

    static String path(ShowListing show) {
        return "/feeds/shows/" + show.slug() + ".atom";
    }

    private Feed feed(String title, String selfPath, String pagePath, Map<Long, ShowListing> shows,
            List<RumorItem> published, List<Announcement> announcements, Texts texts, HttpServletRequest request) {
        String base = publicUrl.base(request);
        String authority = java.net.URI.create(base).getHost();
        List<Entry> entries = new ArrayList<>();
        for (RumorItem rumor : published) {
            ShowListing show = shows.get(rumor.showId());
            if (show == null || rumor.publishedAt() == null) {
                continue;
            }
            String verdict = texts.get("verdict." + rumor.verdict().name());
            String text = texts.get("feed.rumor-text", rumor.details() == null ? rumor.headline() : rumor.details(),
                    rumor.sourceUrl() == null ? rumor.sourceLabel() : rumor.sourceUrl(), verdict)
                    + (rumor.verdictNote() == null ? "" : " " + rumor.verdictNote());
            entries.add(entry("tag:" + authority + "," + TAG_DATE + ":rumor/" + rumor.id(),
                    texts.get("feed.rumor", show.title(), rumor.headline()) + " (" + verdict + ")",
                    base + "/shows/" + show.slug(), rumor.publishedAt(), text));
        }
        for (Announcement announcement : announcements) {
            ShowListing show = shows.get(announcement.showId());
            if (show == null) {
                continue;
            }
            String source = announcement.sourceUrl() == null ? announcement.sourceTitle()
                    : announcement.sourceTitle() + " (" + announcement.sourceUrl() + ")";
            entries.add(entry("tag:" + authority + "," + TAG_DATE + ":announcement/" + show.slug() + "/"
                            + announcement.at().toEpochMilli(),
                    texts.get("feed.announcement." + announcement.status().name(), show.title()),
                    base + "/shows/" + show.slug(), announcement.at(), announcement.withdrawnBecause() == null
                            ? texts.get("feed.announcement-text", source)
                            : texts.get("feed.announcement-withdrawn", source, announcement.withdrawnBecause())));
        }
        entries.sort(Comparator.comparing(Entry::getUpdated).reversed());
        List<Entry> newest = entries.subList(0, Math.min(ENTRIES, entries.size()));

        // A feed in another language than the first is a feed of its own: its id and its own address say so.
        String language = texts.locale().getLanguage();
        String inLanguage = language.equals(i18n.getProvidedLocales().getFirst().getLanguage()) ? "" : "?lang=" + language;
        var feed = new Feed("atom_1.0");
        feed.setId("tag:" + authority + "," + TAG_DATE + ":feed" + selfPath + inLanguage);
        feed.setTitle(xml(title));
        feed.setSubtitle(text(texts.get("feed.subtitle")));
        feed.setLanguage(language);
        Instant updated = newest.isEmpty()
                ? shows.values().stream().map(ShowListing::lastChanged).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)
                : newest.getFirst().getUpdated().toInstant();
        feed.setUpdated(Date.from(updated));
        feed.setAlternateLinks(List.of(link("alternate", base + pagePath + inLanguage, "text/html")));
        feed.setOtherLinks(List.of(link("self", base + selfPath + inLanguage, "application/atom+xml")));
        var author = new Person();
        author.setName(texts.get("app.name"));
        author.setUri(base + "/");
        feed.setAuthors(List.of(author));
        feed.setEntries(new ArrayList<>(newest));
        return feed;
    }

    private static Entry entry(String id, String title, String url, Instant at, String text) {
        var entry = new Entry();
        entry.setId(id);
        entry.setTitle(xml(title));
        entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        entry.setUpdated(Date.from(at));
        entry.setPublished(Date.from(at));
        entry.setSummary(text(text));
        return entry;
    }

    private static Content text(String value) {
        var content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xml(value));
        return content;
    }

    /**
     * Text as XML can hold it. Encore refuses control characters where text comes in, but a feed must
     * never fail for text stored before that rule (or by a hand in the database): a character XML 1.0
     * forbids (a NUL, say) is shown as U+FFFD instead of making the whole feed unreadable.
     */
    static String xml(String text) {
        var clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)
                ? c : 0xFFFD));
        return clean.toString();
    }

    private static Link link(String rel, String href, @Nullable String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** The feed as XML, its language on the root element as {@code xml:lang} (ROME writes none for Atom). */
    private static org.jdom2.Document withLanguage(Feed feed) throws FeedException {
        org.jdom2.Document xml = new WireFeedOutput().outputJDom(feed);
        if (feed.getLanguage() != null) {
            xml.getRootElement().setAttribute("lang", feed.getLanguage(), Namespace.XML_NAMESPACE);
        }
        return xml;
    }

    private static ResponseEntity<String> atom(Feed feed) {
        try {
            return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                    .contentType(ATOM).body(new XMLOutputter(Format.getPrettyFormat()).outputString(withLanguage(feed)));
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }
}
