package app.encore.show.ui;

import app.encore.base.ui.Formats;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins set a show's official status, with the source that says so; the history is listed. */
@Route("admin/shows")
@RolesAllowed("ADMIN")
@Menu(order = 20, title = "nav.admin-shows")
class ShowsAdminView extends Div implements HasDynamicTitle {

    private final ShowCatalog catalog;
    private final ShowAdministration administration;

    final Grid<ShowCard> grid = new Grid<>();
    final Select<OfficialStatus> status = new Select<>();
    final TextField sourceTitle = new TextField();
    final TextField sourceUrl = new TextField();
    final Button save = new Button();
    final UnorderedList history = new UnorderedList();
    final Div editor = new Div();

    ShowsAdminView(ShowCatalog catalog, ShowAdministration administration) {
        this.catalog = catalog;
        this.administration = administration;
        addClassNames("page", "admin-page");
        grid.addColumn(ShowCard::title).setHeader(getTranslation("admin-shows.title")).setFlexGrow(2);
        grid.addColumn(card -> getTranslation("status." + card.officialStatus().name()))
                .setHeader(getTranslation("admin-shows.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("admin-shows.heading"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        status.setLabel(getTranslation("admin-shows.new-status"));
        status.setItems(OfficialStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("status." + s.name()));
        sourceTitle.setLabel(getTranslation("admin-shows.source-title"));
        sourceTitle.setMaxLength(300);
        sourceUrl.setLabel(getTranslation("admin-shows.source-url"));
        sourceUrl.setPlaceholder("https://");
        save.setText(getTranslation("admin-shows.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        editor.add(new H2(getTranslation("admin-shows.set")), status, sourceTitle, sourceUrl, save,
                new H2(getTranslation("admin-shows.history")), history);
        editor.addClassName("admin-editor");
        editor.setVisible(false);

        add(new H1(getTranslation("admin-shows.heading")), new Paragraph(getTranslation("admin-shows.intro")), grid, editor);
        refresh();
    }

    private void refresh() {
        grid.setItems(catalog.find(ShowQuery.all(), 0, ShowCatalog.MAX_PAGE_SIZE).cards());
    }

    private void select(ShowCard card) {
        editor.setVisible(card != null);
        if (card == null) {
            return;
        }
        status.setValue(card.officialStatus());
        history.removeAll();
        administration.history(card.id()).forEach(change -> history.add(new ListItem(getTranslation("admin-shows.change",
                getTranslation("status." + change.status().name()), change.sourceTitle(),
                change.sourceUrl() == null ? "" : change.sourceUrl(), change.changedBy(),
                Formats.date(change.changedAt(), getLocale())))));
    }

    private void save() {
        ShowCard card = grid.asSingleSelect().getValue();
        if (card == null || status.getValue() == null) {
            return;
        }
        sourceTitle.setInvalid(false);
        sourceUrl.setInvalid(false);
        try {
            administration.setOfficialStatus(card.id(), status.getValue(), sourceTitle.getValue(), sourceUrl.getValue());
            Notification.show(getTranslation("admin-shows.saved", card.title()), 4000, Notification.Position.BOTTOM_CENTER);
            sourceTitle.clear();
            sourceUrl.clear();
            refresh();
            editor.setVisible(false);
        } catch (IllegalArgumentException invalid) {
            var field = "sourceTitle".equals(invalid.getMessage()) ? sourceTitle : sourceUrl;
            field.setErrorMessage(getTranslation("sourceTitle".equals(invalid.getMessage())
                    ? "admin-shows.source-title-invalid" : "admin-shows.source-url-invalid"));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-shows.heading") + " · " + getTranslation("app.name");
    }
}
