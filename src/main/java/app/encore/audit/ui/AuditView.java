package app.encore.audit.ui;

import app.encore.audit.AuditEntry;
import app.encore.audit.AuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Every moderator and admin action, newest first, searchable; read-only by design. */
@Route("admin/audit")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(order = 30, title = "nav.audit")
class AuditView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField search = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditLog audit) {
        addClassNames("page", "admin-page");
        search.setLabel(getTranslation("audit.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        grid.addColumn(entry -> WHEN.format(entry.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setFlexGrow(2);
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader(getTranslation("audit.why"))
                .setFlexGrow(1);
        grid.setAriaLabel(getTranslation("audit.heading"));
        grid.setHeight("32rem");
        grid.setItems(query -> audit.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("audit.heading")), new Paragraph(getTranslation("audit.intro")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading") + " · " + getTranslation("app.name");
    }
}
