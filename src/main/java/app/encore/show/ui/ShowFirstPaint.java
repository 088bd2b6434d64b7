package app.encore.show.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.MessagePage;
import app.encore.base.ui.Texts;
import app.encore.show.Show;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowPage;
import app.encore.show.ShowQuery;
import app.encore.show.slot.ShowCardExtra;
import app.encore.show.slot.ShowPageHead;
import app.encore.show.slot.ShowPageSection;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The show list and the show pages as their first response carries them, before JavaScript runs:
 * the same markup as the live views ({@link ShowCardMarkup}, {@link ShowMarkup}) and what the other
 * features add to a show page, with the page's title, a description, the real HTTP status and the
 * head that link previews and search engines read ({@link ShowHead}).
 */
@Component
class ShowFirstPaint implements FirstPaint {

    private static final Pattern SHOW = Pattern.compile("shows/([^/]+)");

    private final ShowCatalog catalog;
    private final List<ShowCardExtra> cardExtras;
    private final List<ShowPageSection> sections;
    private final List<ShowPageHead> heads;
    private final ShowHead head;

    ShowFirstPaint(ShowCatalog catalog, List<ShowCardExtra> cardExtras, List<ShowPageSection> sections,
            List<ShowPageHead> heads, ShowHead head) {
        this.catalog = catalog;
        this.cardExtras = cardExtras;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ShowPageSection::order)).toList();
        this.heads = heads;
        this.head = head;
    }

    @Override
    public Optional<Page> page(Address address, Texts texts) {
        String path = address.path();
        if (path.isEmpty()) {
            return Optional.of(list(address, texts));
        }
        Matcher show = SHOW.matcher(path);
        if (show.matches()) {
            String slug = show.group(1);
            return Optional.of(catalog.findBySlug(slug).map(found -> showPage(found, address, texts))
                    .orElseGet(() -> notFound(slug, texts)));
        }
        return Optional.empty();
    }

    private Page list(Address address, Texts texts) {
        Map<String, List<String>> query = address.query();
        ShowQuery filters = FilterForm.query(query, catalog);
        ShowPage page = catalog.find(filters, 0, ShowListView.PAGE_SIZE);
        var content = element("div", "page", "show-list-page");
        content.appendChild(text("h1", texts.get("list.heading")));
        content.appendChild(text("p", texts.get("list.intro"), "lead"));
        content.appendChild(FilterForm.markup(filters, catalog, texts, false));
        content.appendChild(text("p", texts.get("list.count", page.total()), "result-summary"));
        if (page.total() == 0) {
            content.appendChild(element("div", "empty-state").appendChild(text("p", texts.get("list.empty"))));
        } else {
            content.appendChild(ShowCardMarkup.grid(page.cards(), cardExtras, texts));
        }
        // Filtered lists are the same list: search engines index the one without filters.
        List<Element> headElements = new ArrayList<>(head.list(texts, address));
        heads.forEach(contributor -> headElements.addAll(contributor.listHead(texts, address)));
        return new Page(HttpServletResponse.SC_OK, texts.get("list.page-title"), texts.get("list.intro"), content,
                headElements);
    }

    private Page showPage(Show show, Address address, Texts texts) {
        var content = element("div", "page", "show-page");
        content.appendChild(element("div", "show-header")
                .appendChild(ShowMarkup.title(show, texts))
                .appendChild(ShowMarkup.officialWord(show, texts)));
        var main = element("div", "show-main");
        contributed(show, ShowPageSection.Column.MAIN, texts).forEach(main::appendChild);
        main.appendChild(ShowMarkup.mainSections(show, texts));
        var aside = element("div", "show-aside");
        contributed(show, ShowPageSection.Column.ASIDE, texts).forEach(aside::appendChild);
        aside.appendChild(ShowMarkup.asideSections(show, texts));
        content.appendChild(element("div", "show-columns").appendChild(main).appendChild(aside));
        String summary = heads.stream().flatMap(contributor -> contributor.summary(show, texts).stream())
                .collect(Collectors.joining(" "));
        String description = ShowHead.description(show, summary, texts);
        List<Element> headElements = new ArrayList<>(head.show(show, summary, texts, address));
        heads.forEach(contributor -> headElements.addAll(contributor.showHead(show, texts, address)));
        return new Page(HttpServletResponse.SC_OK, show.title() + " · " + texts.get("app.name"), description,
                content, headElements);
    }

    private List<Element> contributed(Show show, ShowPageSection.Column column, Texts texts) {
        return sections.stream().filter(section -> section.column() == column)
                .flatMap(section -> section.firstPaint(show, texts).stream()).toList();
    }

    private static Page notFound(String slug, Texts texts) {
        Element content = MessagePage.markup(texts.get("show.not-found.title"), texts.get("show.not-found.text", slug),
                texts);
        content.addClass("show-not-found");
        return new Page(HttpServletResponse.SC_NOT_FOUND,
                texts.get("show.not-found.title") + " · " + texts.get("app.name"), null, content);
    }
}
