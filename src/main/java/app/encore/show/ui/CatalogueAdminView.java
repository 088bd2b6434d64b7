package app.encore.show.ui;

import app.encore.show.CatalogueExchange;
import app.encore.show.ShowEditing;
import app.encore.show.ShowEditing.StaffShowRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Staff's list of every show, drafts and hidden ones too, searchable and loaded a page at a time (a
 * catalogue of thousands stays quick): open one to edit it, add one, import or export the catalogue.
 */
@Route("admin/catalogue")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(order = 15, title = "nav.catalogue")
class CatalogueAdminView extends Div implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<StaffShowRow> grid = new Grid<>();
    final Span count = new Span();

    CatalogueAdminView(ShowEditing editing, CatalogueExchange exchange) {
        addClassNames("page", "admin-page", "catalogue-admin");
        search.setLabel(getTranslation("catalogue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidthFull();
        search.setMaxWidth("32rem");

        // One column that wraps: title, Korean title, then visibility and status, readable on a phone.
        grid.addColumn(LitRenderer.<StaffShowRow>of("""
                        <div class="catalogue-row"><strong>${item.title}</strong>\
                        <span lang="ko">${item.nativeTitle}</span>\
                        <span class="catalogue-row-meta">${item.meta}</span></div>""")
                        .withProperty("title", StaffShowRow::title)
                        .withProperty("nativeTitle", row -> row.nativeTitle() == null ? "" : row.nativeTitle())
                        .withProperty("meta", row -> getTranslation("visibility." + row.visibility().name()) + " · "
                                + getTranslation("status." + row.officialStatus().name())))
                .setHeader(getTranslation("catalogue.column.title")).setKey("title");
        grid.setAriaLabel(getTranslation("catalogue.heading"));
        grid.setHeight("60vh");
        grid.setItems(query -> editing.list(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> editing.count(search.getValue()));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        // Enter on a focused row opens it, as a click does.
        grid.getElement().addEventListener("keydown", event -> grid.asSingleSelect().getOptionalValue()
                .ifPresent(this::open)).setFilter("event.key === 'Enter'");
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        search.addValueChangeListener(change -> refresh(editing));
        refresh(editing);

        var add = new RouterLink(getTranslation("catalogue.add"), ShowEditorView.class, "new");
        add.addClassNames("button-link", "primary");
        var importLink = new RouterLink(getTranslation("catalogue.import"), CatalogueImportView.class);
        importLink.addClassName("button-link");
        var exportJson = download(getTranslation("catalogue.export-json"), "json", "application/json",
                exchange::exportJson);
        var exportCsv = download(getTranslation("catalogue.export-csv"), "csv", "text/csv", exchange::exportCsv);
        var actions = new Div(add, importLink, exportJson, exportCsv);
        actions.addClassName("catalogue-actions");
        count.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("catalogue.heading")), new Paragraph(getTranslation("catalogue.intro")), actions,
                search, count, grid);
    }

    /** A link that downloads what {@code content} makes when it is clicked, named for today. */
    private static Anchor download(String label, String extension, String type,
            java.util.function.Supplier<byte[]> content) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = content.get();
            return new DownloadResponse(new ByteArrayInputStream(file),
                    "encore-catalogue-" + LocalDate.now() + "." + extension, type, file.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("button-link");
        return anchor;
    }

    private void refresh(ShowEditing editing) {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("catalogue.count", editing.count(search.getValue())));
    }

    private void open(StaffShowRow row) {
        getUI().ifPresent(ui -> ui.navigate(ShowEditorView.class, String.valueOf(row.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.heading") + " – Encore";
    }
}
