package app.encore.show.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowPage;
import app.encore.show.ShowQuery;
import app.encore.show.slot.ShowCardExtra;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The shows: search by English or Korean title, filter by status, network and platform, sort. The
 * filters are a plain form ({@link FilterForm}) and live in the address, so a filtered list can be
 * shared and survives a reload. Cards are static HTML ({@link ShowCardMarkup}), one element for the
 * whole list: an open list costs the server little.
 */
@Route("")
@Menu(order = 0, title = "nav.shows")
@AnonymousAllowed
class ShowListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;
    /** The search filters as the fan types, after this pause. */
    static final int SEARCH_PAUSE_MS = 300;

    private final ShowCatalog catalog;
    private final List<ShowCardExtra> cardExtras;

    final Html filters;
    final Paragraph summary = new Paragraph();
    final Html cards;
    final Div empty = new Div();
    final NativeButton more = new NativeButton();
    ShowQuery query = ShowQuery.all();
    private int shown;

    ShowListView(ShowCatalog catalog, List<ShowCardExtra> cardExtras) {
        this.catalog = catalog;
        this.cardExtras = cardExtras;
        addClassNames("page", "show-list-page");
        Texts texts = Texts.of(this);

        var heading = new H1(getTranslation("list.heading"));
        var intro = new Paragraph(getTranslation("list.intro"));
        intro.addClassName("lead");

        filters = Markup.component(FilterForm.markup(query, catalog, texts, true));
        String field = "event.target.name";
        String value = "event.target.value";
        filters.getElement().addEventListener("change", event -> filter(event.getEventData().get(field).asString(),
                        event.getEventData().get(value).asString()))
                .addEventData(field).addEventData(value)
                .setFilter("event.target.localName === 'select'");
        filters.getElement().addEventListener("input", event -> filter(FilterForm.TEXT,
                        event.getEventData().get(value).asString()))
                .addEventData(value)
                .setFilter("event.target.name === '" + FilterForm.TEXT + "'")
                .debounce(SEARCH_PAUSE_MS);
        // Enter in the search box sends the form: filter at once instead of loading the page again.
        String searched = "element.elements['" + FilterForm.TEXT + "'].value";
        filters.getElement().addEventListener("submit", event -> filter(FilterForm.TEXT,
                event.getEventData().get(searched).asString())).addEventData(searched);
        filters.getElement().executeJs("this.addEventListener('submit', e => e.preventDefault())");

        summary.addClassName("result-summary");
        summary.getElement().setAttribute("role", "status");

        cards = Markup.component(ShowCardMarkup.grid(List.of(), cardExtras, texts));

        var clear = new NativeButton(getTranslation("list.clear"), click -> clearFilters());
        clear.addClassNames("button", "button-primary");
        empty.add(new Paragraph(getTranslation("list.empty")), clear);
        empty.addClassName("empty-state");
        empty.setVisible(false);

        more.setText(getTranslation("list.more"));
        more.addClassNames("button", "load-more");
        more.addClickListener(click -> showMore());
        more.setVisible(false);

        add(heading, intro, filters, summary, cards, empty, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = FilterForm.query(event.getLocation().getQueryParameters().getParameters(), catalog);
        filters.setHtmlContent(Markup.html(FilterForm.markup(query, catalog, Texts.of(this), true)));
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("list.page-title");
    }

    /** The fan changed a field of the form: list what it asks for now, and say so in the address. */
    void filter(String field, String value) {
        ShowQuery changed = FilterForm.with(query, field, value, catalog);
        if (changed.equals(query)) {
            return;
        }
        query = changed;
        reload();
        showAddress();
    }

    private void clearFilters() {
        query = ShowQuery.all();
        filters.setHtmlContent(Markup.html(FilterForm.markup(query, catalog, Texts.of(this), true)));
        reload();
        showAddress();
        filters.getElement().executeJs("this.elements[$0].focus()", FilterForm.TEXT);
    }

    /**
     * Puts the filters in the address bar, in the form's order. (Vaadin's own History takes a
     * Location, whose parameters lose their order.)
     */
    private void showAddress() {
        UI.getCurrent().getPage().executeJs("setTimeout(() => { window.history.replaceState(null, '', $0);"
                + " window.dispatchEvent(new CustomEvent('vaadin-navigated')); })", FilterForm.address(query));
    }

    private void reload() {
        shown = 0;
        showMore();
    }

    /** Shows the next page of cards after those shown; the list holds only their HTML. */
    private void showMore() {
        ShowPage page = catalog.find(query, shown, PAGE_SIZE);
        var grid = ShowCardMarkup.grid(page.cards(), cardExtras, Texts.of(this));
        if (shown > 0) {
            grid.prepend(cards.getInnerHtml());
        }
        shown += page.cards().size();
        cards.setHtmlContent(Markup.html(grid));
        summary.setText(getTranslation("list.count", page.total()));
        empty.setVisible(page.total() == 0);
        cards.setVisible(page.total() > 0);
        more.setVisible(page.hasMoreAfter(shown));
    }
}
