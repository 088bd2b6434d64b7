package app.encore.show.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowPage;
import app.encore.show.ShowQuery;
import app.encore.show.slot.ShowCardExtra;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shows: search by English or Korean title, filter by status, network and platform, sort. The
 * filters live in the address ({@code ?q=&status=&network=&platform=&sort=}), so a filtered list can
 * be shared and survives a reload.
 */
@Route("")
@Menu(order = 0, title = "nav.shows")
@AnonymousAllowed
class ShowListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;
    static final String TEXT = "q";
    static final String STATUS = "status";
    static final String NETWORK = "network";
    static final String PLATFORM = "platform";
    static final String SORT = "sort";

    private final ShowCatalog catalog;
    private final List<ShowCardExtra> cardExtras;

    final TextField search = new TextField();
    final Select<OfficialStatus> status = new Select<>();
    final Select<String> network = new Select<>();
    final Select<String> platform = new Select<>();
    final Select<String> sort = new Select<>();
    final Paragraph summary = new Paragraph();
    final UnorderedList cards = new UnorderedList();
    final Button more = new Button();
    final Div empty = new Div();

    private int shown;
    private boolean restoring;

    ShowListView(ShowCatalog catalog, List<ShowCardExtra> cardExtras) {
        this.catalog = catalog;
        this.cardExtras = cardExtras;
        addClassNames("page", "show-list-page");

        var heading = new H1(getTranslation("list.heading"));
        var intro = new Paragraph(getTranslation("list.intro"));
        intro.addClassName("lead");

        search.setLabel(getTranslation("list.search.label"));
        search.setPlaceholder(getTranslation("list.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setMaxLength(100);
        search.addClassName("filter-search");

        status.setLabel(getTranslation("list.status.label"));
        status.setItems(OfficialStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("list.any") : getTranslation("status." + value.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("list.any"));

        network.setLabel(getTranslation("list.network.label"));
        network.setItems(catalog.networks());
        network.setEmptySelectionAllowed(true);
        network.setEmptySelectionCaption(getTranslation("list.any"));

        platform.setLabel(getTranslation("list.platform.label"));
        platform.setItems(catalog.platforms());
        platform.setEmptySelectionAllowed(true);
        platform.setEmptySelectionCaption(getTranslation("list.any"));

        sort.setLabel(getTranslation("list.sort.label"));
        sort.setItems(catalog.sortKeys());
        sort.setItemLabelGenerator(value -> value == null ? "" : getTranslation("sort." + value));
        sort.setValue(ShowQuery.TITLE);

        var filters = new Div(search, status, network, platform, sort);
        filters.addClassName("filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("list.filters"));

        summary.addClassName("result-summary");
        summary.getElement().setAttribute("role", "status");

        cards.addClassName("show-grid");
        cards.getElement().setAttribute("aria-label", getTranslation("list.results"));

        var clear = new Button(getTranslation("list.clear"), click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty.add(new Paragraph(getTranslation("list.empty")), clear);
        empty.addClassName("empty-state");
        empty.setVisible(false);

        more.setText(getTranslation("list.more"));
        more.addClassName("load-more");
        more.addClickListener(click -> showMore());
        more.setVisible(false);

        add(heading, intro, filters, summary, cards, empty, more);

        search.addValueChangeListener(e -> filtersChanged());
        search.addKeyDownListener(Key.ENTER, e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        network.addValueChangeListener(e -> filtersChanged());
        platform.addValueChangeListener(e -> filtersChanged());
        sort.addValueChangeListener(e -> filtersChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            search.setValue(first(params, TEXT).orElse(""));
            status.setValue(first(params, STATUS).flatMap(v -> parse(OfficialStatus.class, v)).orElse(null));
            network.setValue(first(params, NETWORK).filter(network.getListDataView().getItems().toList()::contains)
                    .orElse(null));
            platform.setValue(first(params, PLATFORM)
                    .filter(platform.getListDataView().getItems().toList()::contains).orElse(null));
            sort.setValue(first(params, SORT).map(v -> v.strip().toLowerCase(Locale.ROOT))
                    .filter(sort.getListDataView().getItems().toList()::contains).orElse(ShowQuery.TITLE));
        } finally {
            restoring = false;
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("list.page-title");
    }

    ShowQuery query() {
        return new ShowQuery(search.getValue(), status.getValue(), network.getValue(), platform.getValue(),
                sort.getValue());
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        reload();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("", queryParameters()));
    }

    private void clearFilters() {
        restoring = true;
        try {
            search.clear();
            status.clear();
            network.clear();
            platform.clear();
            sort.setValue(ShowQuery.TITLE);
        } finally {
            restoring = false;
        }
        filtersChanged();
        search.focus();
    }

    private void reload() {
        cards.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        ShowPage page = catalog.find(query(), shown, PAGE_SIZE);
        page.cards().forEach(card -> cards.add(new ShowCardItem(card, cardExtras)));
        shown += page.cards().size();
        summary.setText(getTranslation("list.count", page.total()));
        empty.setVisible(page.total() == 0);
        cards.setVisible(page.total() > 0);
        more.setVisible(page.hasMoreAfter(shown));
    }

    private QueryParameters queryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            values.put(TEXT, search.getValue().strip());
        }
        if (status.getValue() != null) {
            values.put(STATUS, status.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (network.getValue() != null) {
            values.put(NETWORK, network.getValue());
        }
        if (platform.getValue() != null) {
            values.put(PLATFORM, platform.getValue());
        }
        if (sort.getValue() != null && !sort.getValue().equals(ShowQuery.TITLE)) {
            values.put(SORT, sort.getValue());
        }
        return QueryParameters.simple(values);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    /** A parameter someone typed or edited: unknown values mean "no filter", never an error. */
    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
