package app.encore.show.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import app.encore.base.ui.Formats;
import app.encore.show.Award;
import app.encore.show.CastMember;
import app.encore.show.OfficialStatus;
import app.encore.show.Petition;
import app.encore.show.Platform;
import app.encore.show.Rating;
import app.encore.show.Show;
import app.encore.show.ShowCatalog;
import app.encore.show.Source;
import app.encore.show.slot.ShowPageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A show's page: the question and the official word first, then the facts, cast, ratings, awards,
 * petitions and the sources they come from. Crowd odds and rumors get their places already.
 */
@Route("shows/:" + ShowView.SLUG)
@AnonymousAllowed
class ShowView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    private final ShowCatalog catalog;
    private final List<ShowPageSection> sections;
    private String pageTitle = "";

    ShowView(ShowCatalog catalog, List<ShowPageSection> sections) {
        this.catalog = catalog;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ShowPageSection::order)).toList();
        addClassNames("page", "show-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        catalog.findBySlug(slug).ifPresentOrElse(this::render,
                () -> event.rerouteToError(new ShowNotFoundException(slug), slug));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void render(Show show) {
        removeAll();
        pageTitle = show.title() + " · " + getTranslation("app.name");
        Locale locale = getLocale();

        var back = new RouterLink(getTranslation("show.back"), ShowListView.class);
        back.addClassName("back-link");

        var title = new H1(show.title());
        var header = new Div(back, title);
        header.addClassName("show-header");
        if (show.nativeTitle() != null) {
            var nativeTitle = new Paragraph(show.nativeTitle());
            nativeTitle.addClassName("show-native-title");
            nativeTitle.getElement().setAttribute("lang", "ko");
            header.add(nativeTitle);
        }
        header.add(officialWord(show, locale));

        var main = new Div();
        contributed(show, ShowPageSection.Column.MAIN).forEach(main::add);
        addPresent(main, story(show), cast(show));
        main.addClassName("show-main");
        var aside = new Div();
        contributed(show, ShowPageSection.Column.ASIDE).forEach(aside::add);
        addPresent(aside, facts(show, locale), ratings(show, locale), awards(show), petitions(show, locale),
                sources(show, locale));
        aside.addClassName("show-aside");
        var columns = new Div(main, aside);
        columns.addClassName("show-columns");

        add(header, columns);
    }

    private Component officialWord(Show show, Locale locale) {
        var box = new Div();
        box.addClassName("official-word");
        var question = new Paragraph(getTranslation("show.question", show.title()));
        question.addClassName("question");
        var status = new Paragraph(new Span(getTranslation("show.status.label") + " "), new StatusBadge(show.officialStatus()));
        status.addClassName("status-line");
        box.add(question, status);

        Source source = show.statusSource();
        if (source != null) {
            var said = new Paragraph(getTranslation("show.status.source") + " ");
            said.add(sourceLink(source));
            if (show.statusChangedAt() != null) {
                said.add(new Span(", " + Formats.date(show.statusChangedAt(), locale)));
            }
            said.addClassName("status-source");
            box.add(said);
        } else if (show.officialStatus() == OfficialStatus.UNANNOUNCED) {
            var none = new Paragraph(getTranslation("show.status.none"));
            none.addClassName("status-source");
            box.add(none);
        }
        return box;
    }

    /** Sections with nothing to say are left out rather than shown empty. */
    private static void addPresent(Div column, Component... sections) {
        for (Component section : sections) {
            if (section != null) {
                column.add(section);
            }
        }
    }

    private List<Component> contributed(Show show, ShowPageSection.Column column) {
        return sections.stream().filter(section -> section.column() == column)
                .flatMap(section -> section.create(show).stream()).toList();
    }

    private Component story(Show show) {
        if (show.synopsis() == null) {
            return null;
        }
        return section("show-story", getTranslation("show.story.heading"), new Paragraph(show.synopsis()));
    }

    private Component cast(Show show) {
        if (show.cast().isEmpty()) {
            return null;
        }
        return section("show-cast", getTranslation("show.cast.heading"), list(show.cast(), this::castItem));
    }

    private Component castItem(CastMember member) {
        var actor = new Span(member.actor());
        actor.addClassName("actor");
        var item = new Div(actor);
        item.addClassName("cast-member");
        if (member.role() != null) {
            var role = new Span(getTranslation("show.cast.as", member.role()));
            role.addClassName("role");
            item.add(role);
        }
        return item;
    }


    private Component facts(Show show, Locale locale) {
        var facts = new DescriptionList();
        facts.addClassName("facts");
        addFact(facts, "show.facts.network", show.network());
        addFact(facts, "show.facts.platforms",
                show.platforms().isEmpty() ? null : String.join(", ", show.platforms().stream().map(Platform::name).toList()));
        addFact(facts, "show.facts.studio", show.studio());
        addFact(facts, "show.facts.aired", aired(show, locale));
        addFact(facts, "show.facts.episodes",
                show.episodeCount() == null ? null : NumberFormat.getIntegerInstance(locale).format(show.episodeCount()));
        if (facts.getChildren().findAny().isEmpty()) {
            return null;
        }
        return section("show-facts", getTranslation("show.facts.heading"), facts);
    }

    private String aired(Show show, Locale locale) {
        if (show.firstAired() == null) {
            return null;
        }
        String first = Formats.date(show.firstAired(), locale);
        if (show.lastAired() == null || show.lastAired().equals(show.firstAired())) {
            return first;
        }
        return getTranslation("show.facts.aired-range", first, Formats.date(show.lastAired(), locale));
    }

    private void addFact(DescriptionList facts, String key, String value) {
        if (value != null) {
            facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private Component ratings(Show show, Locale locale) {
        if (show.ratings().isEmpty()) {
            return null;
        }
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(2);
        return section("show-ratings", getTranslation("show.ratings.heading"), list(show.ratings(), (Rating rating) -> {
            var value = new Span(percent.format(rating.percent()) + " %");
            value.addClassName("rating-value");
            return new Div(value, new Span(" " + rating.agency() + ", " + rating.measure()));
        }));
    }

    private Component awards(Show show) {
        if (show.awards().isEmpty()) {
            return null;
        }
        return section("show-awards", getTranslation("show.awards.heading"), list(show.awards(), (Award award) -> {
            var name = new Span(award.name());
            name.addClassName("award-name");
            List<String> detail = new ArrayList<>();
            if (award.presenter() != null) {
                detail.add(award.presenter());
            }
            if (award.year() != null) {
                detail.add(Integer.toString(award.year()));
            }
            var item = new Div(name);
            if (!detail.isEmpty()) {
                item.add(new Span(" — " + String.join(", ", detail)));
            }
            return item;
        }));
    }

    private Component petitions(Show show, Locale locale) {
        if (show.petitions().isEmpty()) {
            return null;
        }
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        return section("show-petitions", getTranslation("show.petitions.heading"), list(show.petitions(), (Petition petition) -> {
            Component what = petition.url() == null ? new Span(petition.description())
                    : externalLink(petition.url(), petition.description());
            var item = new Div(what);
            List<String> detail = new ArrayList<>();
            if (petition.site() != null) {
                detail.add(petition.site());
            }
            if (petition.signatureCount() != null) {
                detail.add(getTranslation("show.petitions.signatures", count.format(petition.signatureCount())));
            }
            if (!detail.isEmpty()) {
                item.add(new Span(" — " + String.join(", ", detail)));
            }
            return item;
        }));
    }

    private Component sources(Show show, Locale locale) {
        if (show.sources().isEmpty()) {
            return null;
        }
        return section("show-sources", getTranslation("show.sources.heading"), list(show.sources(), (Source source) -> {
            var item = new Div(sourceLink(source));
            List<String> detail = new ArrayList<>();
            if (source.publisher() != null) {
                detail.add(source.publisher());
            }
            if (source.publishedOn() != null) {
                detail.add(Formats.date(source.publishedOn(), locale));
            }
            if (!detail.isEmpty()) {
                var meta = new Span(" — " + String.join(", ", detail));
                meta.addClassName("source-meta");
                item.add(meta);
            }
            return item;
        }));
    }

    private Component sourceLink(Source source) {
        if (source.url() == null) {
            var title = new Span("“" + source.title() + "”");
            title.addClassName("source-title");
            return title;
        }
        return externalLink(source.url(), source.title());
    }

    private static Anchor externalLink(String url, String text) {
        var link = new Anchor(url, text, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return link;
    }

    private static <T> UnorderedList list(List<T> items, Function<T, Component> render) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(render.apply(item))));
        return list;
    }

    private static Section section(String className, String heading, Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        section.addClassNames("card-section", className);
        return section;
    }
}
