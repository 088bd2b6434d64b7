package app.encore.show.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.show.OfficialStatusFeed;
import app.encore.show.Show;
import app.encore.show.ShowCatalog;
import app.encore.show.slot.ShowPageSection;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;

/**
 * A show's page: the question and the official word first, then the crowd odds and rumors that
 * other features add, the story and cast, and beside them the facts, ratings, awards, petitions and
 * the sources they come from. The read-only parts are static HTML ({@link ShowMarkup}), one element
 * each; the official word follows the network's announcements live.
 */
@Route("shows/:" + ShowView.SLUG)
@AnonymousAllowed
class ShowView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    private final ShowCatalog catalog;
    private final OfficialStatusFeed statusFeed;
    private final List<ShowPageSection> sections;
    private String pageTitle = "";
    private Show show;
    private Html officialWord;
    private Registration statusUpdates;

    ShowView(ShowCatalog catalog, OfficialStatusFeed statusFeed, List<ShowPageSection> sections) {
        this.catalog = catalog;
        this.statusFeed = statusFeed;
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

    private void render(Show found) {
        removeAll();
        show = found;
        pageTitle = show.title() + " · " + getTranslation("app.name");
        Texts texts = Texts.of(this);
        officialWord = Markup.component(ShowMarkup.officialWord(show, texts));
        var header = new Div(Markup.component(ShowMarkup.title(show, texts)), officialWord);
        header.addClassName("show-header");

        var main = new Div();
        contributed(ShowPageSection.Column.MAIN).forEach(main::add);
        main.add(Markup.component(ShowMarkup.mainSections(show, texts)));
        main.addClassName("show-main");
        var aside = new Div();
        contributed(ShowPageSection.Column.ASIDE).forEach(aside::add);
        aside.add(Markup.component(ShowMarkup.asideSections(show, texts)));
        aside.addClassName("show-aside");
        var columns = new Div(main, aside);
        columns.addClassName("show-columns");

        add(header, columns);
        // The same view may be reused for another show: follow the one it shows now.
        unsubscribe();
        subscribe();
    }

    private List<Component> contributed(ShowPageSection.Column column) {
        return sections.stream().filter(section -> section.column() == column)
                .flatMap(section -> section.create(show).stream()).toList();
    }

    /** The network announced: show the new official word where the old one was. */
    void statusChanged() {
        catalog.findBySlug(show.slug()).ifPresent(fresh -> {
            show = fresh;
            officialWord.setHtmlContent(Markup.html(ShowMarkup.officialWord(fresh, Texts.of(this))));
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscribe();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    private void unsubscribe() {
        if (statusUpdates != null) {
            statusUpdates.remove();
            statusUpdates = null;
        }
    }

    private void subscribe() {
        if (show == null || statusUpdates != null) {
            return;
        }
        getUI().ifPresent(ui -> statusUpdates = statusFeed.subscribe(show.id(), change -> {
            try {
                ui.access(this::statusChanged);
            } catch (UIDetachedException gone) {
                // Closed meanwhile; its detach removes this listener.
            }
        }));
    }
}
