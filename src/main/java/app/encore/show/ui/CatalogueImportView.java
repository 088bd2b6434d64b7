package app.encore.show.ui;

import app.encore.show.CatalogueExchange;
import app.encore.show.CatalogueFile;
import app.encore.show.CataloguePreview;
import app.encore.show.CataloguePreview.FileProblem;
import app.encore.show.InvalidCatalogueException;
import app.encore.show.ShowFacts.FieldChange;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Staff upload a catalogue file; Encore checks all of it and shows what it would do (new shows,
 * changed fields from and to, every problem by row and field) and imports it, all or nothing, only
 * when they confirm.
 */
@Route("admin/catalogue/import")
@RolesAllowed({"MODERATOR", "ADMIN"})
class CatalogueImportView extends Div implements HasDynamicTitle {

    private final CatalogueExchange exchange;

    final Upload upload = new Upload();
    final Div preview = new Div();
    final Paragraph summary = new Paragraph();
    final Button apply = new Button();
    private @Nullable String name;
    private byte @Nullable [] content;
    private @Nullable CataloguePreview planned;

    CatalogueImportView(CatalogueExchange exchange) {
        this.exchange = exchange;
        addClassNames("page", "admin-page", "catalogue-import");
        var back = new RouterLink(getTranslation("show-edit.back"), CatalogueAdminView.class);
        back.addClassName("back-link");
        var schema = new Anchor(CatalogueFile.SCHEMA, getTranslation("catalogue-import.schema"));
        schema.setTarget("_blank");

        upload.setUploadHandler(new BoundedUpload(CatalogueExchange.MAX_BYTES, this::received, this::tooLarge));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CatalogueExchange.MAX_BYTES);
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("catalogue-import.drop")));
        upload.getElement().setAttribute("aria-label", getTranslation("catalogue-import.upload"));
        var uploadLabel = new Paragraph(getTranslation("catalogue-import.upload"));
        uploadLabel.addClassName("field-label");

        summary.getElement().setAttribute("role", "status");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        apply.addClickListener(click -> {
            try {
                apply();
            } finally {
                apply.setEnabled(planned != null && planned.importable() && !planned.changesNothing());
            }
        });
        apply.setVisible(false);
        add(back, new H1(getTranslation("catalogue-import.heading")),
                new Paragraph(getTranslation("catalogue-import.intro")), new Paragraph(schema), uploadLabel, upload,
                summary, apply, preview);
    }

    /** A file arrived: check it and show what importing it would do. */
    void received(String fileName, byte[] bytes) {
        upload.clearFileList();
        this.name = fileName;
        this.content = bytes;
        show(exchange.preview(fileName, bytes));
    }

    /** A file over the limit: refused before it was read whole; nothing of it is kept. */
    void tooLarge(String fileName) {
        upload.clearFileList();
        this.name = null;
        this.content = null;
        this.planned = null;
        preview.removeAll();
        apply.setVisible(false);
        summary.setText(getTranslation("catalogue.error.too-big", CatalogueExchange.MAX_BYTES / (1024 * 1024)));
    }

    void apply() {
        if (planned == null || content == null || name == null) {
            return;
        }
        try {
            CataloguePreview done = exchange.apply(name, content, planned.sha256());
            Notification.show(getTranslation("catalogue-import.done", name, done.added().size(), done.changed().size()),
                    6000, Notification.Position.BOTTOM_CENTER);
            show(exchange.preview(name, content));
        } catch (InvalidCatalogueException changedMeanwhile) {
            show(changedMeanwhile.preview());
            summary.setText(getTranslation("catalogue-import.failed") + " " + summary.getText());
        }
    }

    private void show(CataloguePreview plan) {
        this.planned = plan;
        preview.removeAll();
        String text = getTranslation("catalogue-import.summary", plan.name(), plan.added().size(),
                plan.changed().size(), plan.unchanged());
        if (!plan.importable()) {
            text += " " + getTranslation("catalogue-import.problems", plan.problems().size());
        } else if (plan.changesNothing()) {
            text += " " + getTranslation("catalogue-import.no-change");
        }
        summary.setText(text);
        apply.setText(getTranslation("catalogue-import.apply", plan.added().size() + plan.changed().size()));
        apply.setVisible(plan.importable() && !plan.changesNothing());
        apply.setEnabled(true);
        if (!plan.problems().isEmpty()) {
            preview.add(new H2(getTranslation("catalogue-import.problem-list")), table("catalogue-import.problem-list",
                    List.of("row", "show", "field", "problem"),
                    plan.problems().stream().map(this::problemCells).toList()));
        }
        if (!plan.added().isEmpty()) {
            preview.add(new H2(getTranslation("catalogue-import.added")), table("catalogue-import.added",
                    List.of("row", "show", "visibility"),
                    plan.added().stream().map(added -> List.of(String.valueOf(added.row()),
                            added.title() + " (" + added.slug() + ")",
                            getTranslation("visibility." + added.visibility().name()))).toList()));
        }
        if (!plan.changed().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("import-changes");
            plan.changed().forEach(changed -> {
                var item = new ListItem(changed.title() + " (" + changed.slug() + ")");
                var fields = new UnorderedList();
                for (FieldChange change : changed.changes()) {
                    fields.add(new ListItem(FieldNames.change(this, change)));
                }
                item.add(fields);
                list.add(item);
            });
            preview.add(new H2(getTranslation("catalogue-import.changed")), list);
        }
    }

    private List<String> problemCells(FileProblem problem) {
        String message;
        if ("show-edit.error.unsourced".equals(problem.problem().key())) {
            message = getTranslation(problem.problem().key(), Arrays.stream(String.valueOf(problem.problem().args()
                    .getFirst()).split(",")).map(group -> getTranslation("fact-group." + group))
                    .collect(Collectors.joining(", ")));
        } else {
            message = getTranslation(problem.problem().key(), problem.problem().args().toArray());
        }
        return List.of(problem.row() == 0 ? getTranslation("catalogue-import.whole-file") : String.valueOf(problem.row()),
                problem.slug() == null ? "" : problem.slug(), FieldNames.path(this, problem.field()), message);
    }

    /** A table in a region of its own that scrolls sideways on a narrow screen, by keyboard too. */
    private Div table(String nameKey, List<String> columns, List<List<String>> rows) {
        var head = new NativeTableRow();
        columns.forEach(column -> {
            var cell = new NativeTableHeaderCell(getTranslation("catalogue-import.column." + column));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        var body = new NativeTableBody();
        rows.forEach(cells -> {
            var row = new NativeTableRow();
            cells.forEach(cell -> row.add(new NativeTableCell(cell)));
            body.add(row);
        });
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("import-table");
        var region = new Div(table);
        region.addClassName("table-scroll");
        region.getElement().setAttribute("role", "region").setAttribute("tabindex", "0")
                .setAttribute("aria-label", getTranslation(nameKey));
        return region;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue-import.heading") + " · " + getTranslation("app.name");
    }
}
