package app.encore.show.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.externalLink;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.Formats;
import app.encore.base.ui.Texts;
import app.encore.show.Award;
import app.encore.show.CastMember;
import app.encore.show.OfficialStatus;
import app.encore.show.Petition;
import app.encore.show.Platform;
import app.encore.show.Rating;
import app.encore.show.Show;
import app.encore.show.Source;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * The read-only parts of a show's page as HTML: its title, the official word, the story, cast,
 * facts, ratings, awards, petitions and sources. {@link ShowView} shows each part as one element,
 * and the page's first response sends the same parts before any JavaScript runs.
 */
final class ShowMarkup {

    private ShowMarkup() {
    }

    /** The way back, the title and the Korean title. */
    static Element title(Show show, Texts texts) {
        var title = element("div", "show-title");
        title.appendChild(text("a", texts.get("show.back"), "back-link").attr("href", "."));
        title.appendChild(text("h1", show.title()));
        if (show.nativeTitle() != null) {
            title.appendChild(text("p", show.nativeTitle(), "show-native-title").attr("lang", "ko"));
        }
        return title;
    }

    /** The question, the official status and who said so, when. Announced politely when it changes. */
    static Element officialWord(Show show, Texts texts) {
        Locale locale = texts.locale();
        var box = element("div", "official-word").attr("aria-live", "polite");
        box.appendChild(text("p", texts.get("show.question", show.title()), "question"));
        var status = element("p", "status-line");
        status.appendChild(text("span", texts.get("show.status.label") + " "));
        status.appendChild(statusBadge(show.officialStatus(), texts));
        box.appendChild(status);
        Source source = show.statusSource();
        if (source != null) {
            var said = text("p", texts.get("show.status.source") + " ", "status-source");
            said.appendChild(sourceLink(source));
            if (show.statusChangedAt() != null) {
                said.appendText(", " + Formats.date(show.statusChangedAt(), locale));
            }
            box.appendChild(said);
            if (source.quote() != null) {
                box.appendChild(quote(source));
            }
        } else if (show.officialStatus() == OfficialStatus.UNANNOUNCED) {
            box.appendChild(text("p", texts.get("show.status.none"), "status-source"));
        }
        return box;
    }

    /** The official status as a coloured badge; the colour repeats the word, never replaces it. */
    static Element statusBadge(OfficialStatus status, Texts texts) {
        return text("span", texts.get("status." + status.name()), "status-badge",
                "status-" + status.name().toLowerCase(Locale.ROOT));
    }

    /** The story and the cast, in the main column (sections with nothing to say are left out). */
    static Element mainSections(Show show, Texts texts) {
        var sections = element("div", "show-sections");
        if (show.synopsis() != null) {
            sections.appendChild(section("show-story", texts.get("show.story.heading"))
                    .appendChild(text("p", show.synopsis())));
        }
        if (!show.cast().isEmpty()) {
            sections.appendChild(section("show-cast", texts.get("show.cast.heading"))
                    .appendChild(list(show.cast(), member -> castMember(member, texts))));
        }
        return sections;
    }

    /** Facts, ratings, awards, petitions and sources, in the narrow column. */
    static Element asideSections(Show show, Texts texts) {
        Locale locale = texts.locale();
        var sections = element("div", "show-sections");
        var facts = element("dl", "facts");
        addFact(facts, texts.get("show.facts.network"), show.network());
        addFact(facts, texts.get("show.facts.platforms"), show.platforms().isEmpty() ? null
                : String.join(", ", show.platforms().stream().map(Platform::name).toList()));
        addFact(facts, texts.get("show.facts.studio"), show.studio());
        addFact(facts, texts.get("show.facts.aired"), aired(show, texts));
        addFact(facts, texts.get("show.facts.episodes"), show.episodeCount() == null ? null
                : NumberFormat.getIntegerInstance(locale).format(show.episodeCount()));
        if (facts.childrenSize() > 0) {
            sections.appendChild(section("show-facts", texts.get("show.facts.heading")).appendChild(facts));
        }
        if (!show.ratings().isEmpty()) {
            NumberFormat percent = NumberFormat.getNumberInstance(locale);
            percent.setMinimumFractionDigits(1);
            percent.setMaximumFractionDigits(2);
            sections.appendChild(section("show-ratings", texts.get("show.ratings.heading"))
                    .appendChild(list(show.ratings(), (Rating rating) -> element("div")
                            .appendChild(text("span", percent.format(rating.percent()) + " %", "rating-value"))
                            .appendChild(text("span", " " + rating.agency() + ", " + rating.measure())))));
        }
        if (!show.awards().isEmpty()) {
            sections.appendChild(section("show-awards", texts.get("show.awards.heading"))
                    .appendChild(list(show.awards(), ShowMarkup::award)));
        }
        if (!show.petitions().isEmpty()) {
            sections.appendChild(section("show-petitions", texts.get("show.petitions.heading"))
                    .appendChild(list(show.petitions(), petition -> petition(petition, texts))));
        }
        if (!show.sources().isEmpty()) {
            sections.appendChild(section("show-sources", texts.get("show.sources.heading"))
                    .appendChild(list(show.sources(), source -> source(source, texts))));
        }
        return sections;
    }

    private static Element castMember(CastMember member, Texts texts) {
        var item = element("div", "cast-member").appendChild(text("span", member.actor(), "actor"));
        if (member.role() != null) {
            item.appendChild(text("span", texts.get("show.cast.as", member.role()), "role"));
        }
        return item;
    }

    private static String aired(Show show, Texts texts) {
        if (show.firstAired() == null) {
            return null;
        }
        String first = Formats.date(show.firstAired(), texts.locale());
        if (show.lastAired() == null || show.lastAired().equals(show.firstAired())) {
            return first;
        }
        return texts.get("show.facts.aired-range", first, Formats.date(show.lastAired(), texts.locale()));
    }

    private static void addFact(Element facts, String term, String value) {
        if (value != null) {
            facts.appendChild(text("dt", term)).appendChild(text("dd", value));
        }
    }

    private static Element award(Award award) {
        var item = element("div").appendChild(text("span", award.name(), "award-name"));
        List<String> detail = new ArrayList<>();
        if (award.presenter() != null) {
            detail.add(award.presenter());
        }
        if (award.year() != null) {
            detail.add(Integer.toString(award.year()));
        }
        if (!detail.isEmpty()) {
            item.appendChild(text("span", " — " + String.join(", ", detail)));
        }
        return item;
    }

    private static Element petition(Petition petition, Texts texts) {
        var item = element("div").appendChild(petition.url() == null ? text("span", petition.description())
                : externalLink(petition.url(), petition.description(), false));
        List<String> detail = new ArrayList<>();
        if (petition.site() != null) {
            detail.add(petition.site());
        }
        if (petition.signatureCount() != null) {
            detail.add(texts.get("show.petitions.signatures",
                    NumberFormat.getIntegerInstance(texts.locale()).format(petition.signatureCount())));
        }
        if (!detail.isEmpty()) {
            item.appendChild(text("span", " — " + String.join(", ", detail)));
        }
        return item;
    }

    private static Element source(Source source, Texts texts) {
        var item = element("div").appendChild(sourceLink(source));
        List<String> detail = new ArrayList<>();
        if (source.publisher() != null) {
            detail.add(source.publisher());
        }
        if (source.publishedOn() != null) {
            detail.add(Formats.date(source.publishedOn(), texts.locale()));
        }
        if (!detail.isEmpty()) {
            item.appendChild(text("span", " — " + String.join(", ", detail), "source-meta"));
        }
        if (!source.groups().isEmpty()) {
            item.appendChild(text("span", texts.get("show.sources.supports", source.groups().stream()
                    .sorted().map(group -> texts.get("fact-group.short." + group.name()))
                    .collect(java.util.stream.Collectors.joining(", "))), "source-supports"));
        }
        if (source.quote() != null) {
            item.appendChild(quote(source));
        }
        return item;
    }

    /** The source's own words that state what it is cited for. */
    private static Element quote(Source source) {
        var quote = text("blockquote", "\u201C" + java.util.Objects.requireNonNull(source.quote()) + "\u201D", "source-quote");
        if (source.url() != null) {
            quote.attr("cite", source.url());
        }
        // A source's words stay in the source's language, whatever the page's: a screen reader says them so.
        return quote.attr("lang", languageOf(source.quote()));
    }

    /** "ko" for words mostly in Hangul, else "en": the languages the catalogue's sources are in. */
    static String languageOf(String words) {
        long hangul = words.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        long latin = words.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return hangul > latin ? "ko" : "en";
    }

    private static Element sourceLink(Source source) {
        if (source.url() == null) {
            return text("span", "“" + source.title() + "”", "source-title");
        }
        return externalLink(source.url(), source.title(), false);
    }

    private static <T> Element list(List<T> items, Function<T, Element> render) {
        var list = element("ul");
        items.forEach(item -> list.appendChild(element("li").appendChild(render.apply(item))));
        return list;
    }

    private static Element section(String className, String heading) {
        return element("section", "card-section", className).appendChild(text("h2", heading));
    }
}
