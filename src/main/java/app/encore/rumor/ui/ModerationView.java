package app.encore.rumor.ui;

import app.encore.base.ui.Formats;
import app.encore.rumor.InvalidRumorException;
import app.encore.rumor.Moderation;
import app.encore.rumor.ModerationState;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.SourceKind;
import app.encore.rumor.Verdict;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moderation desk. The queue (pending and reported rumors, oldest first), or the published or
 * rejected ones; select one or several to publish, reject with a reason, or give a verdict; with
 * exactly one selected, edit it before publishing. Shortcuts: Alt+P publish, Alt+R reject,
 * Alt+E save edits and publish, Alt+V save the verdict.
 */
@Route("admin/moderation")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(order = 10, title = "nav.moderation")
class ModerationView extends Div implements HasDynamicTitle {

    static final List<String> REJECTION_REASONS = List.of("moderation.reason.no-source", "moderation.reason.speculation",
            "moderation.reason.duplicate", "moderation.reason.spam", "moderation.reason.off-topic");

    private final Moderation moderation;

    final Select<ModerationState> showing = new Select<>();
    final Grid<RumorItem> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button publish = new Button();
    final ComboBox<String> rejectReason = new ComboBox<>();
    final Button reject = new Button();
    final Select<Verdict> verdict = new Select<>();
    final TextField verdictNote = new TextField();
    final TextField evidenceUrl = new TextField();
    final Button saveVerdict = new Button();
    final TextField headline = new TextField();
    final TextArea details = new TextArea();
    final TextField sourceUrl = new TextField();
    final Select<SourceKind> sourceKind = new Select<>();
    final DatePicker firstSeen = new DatePicker();
    final Button editAndPublish = new Button();
    final Div editor = new Div();
    private Map<Long, String> showTitles = Map.of();

    ModerationView(Moderation moderation, java.util.List<app.encore.base.ui.DeskNotice> notices) {
        this.moderation = moderation;
        addClassNames("page", "admin-page", "moderation-page");

        showing.setLabel(getTranslation("moderation.showing"));
        showing.setItems(ModerationState.values());
        showing.setItemLabelGenerator(state -> state == null ? "" : getTranslation("moderation.state." + state.name()));
        showing.setValue(ModerationState.PENDING);
        showing.addValueChangeListener(e -> reload());

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Headlines are what a moderator reads: wrap them rather than cut them off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(item -> Formats.date(item.submittedAt(), getLocale())).setHeader(getTranslation("moderation.col.submitted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> showTitles.getOrDefault(item.showId(), "")).setHeader(getTranslation("moderation.col.show"))
                .setAutoWidth(true);
        grid.addColumn(RumorItem::headline).setHeader(getTranslation("moderation.col.headline")).setFlexGrow(3)
                .setWidth("16rem");
        grid.addColumn(RumorItem::sourceLabel).setHeader(getTranslation("moderation.col.source")).setWidth("12rem")
                .setFlexGrow(1);
        // A reported rumor comes to the desk at the first report: published still, or hidden after three.
        grid.addColumn(item -> !item.reports().isEmpty() ? getTranslation(item.state() == ModerationState.PUBLISHED
                        ? "moderation.reported-published" : "moderation.reported", item.reports().size(), categories(item))
                : item.state() == ModerationState.PUBLISHED ? getTranslation("verdict." + item.verdict().name()) : "")
                .setHeader(getTranslation("moderation.col.status")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::itemDetails));
        grid.addSelectionListener(e -> selectionChanged(e.getAllSelectedItems()));
        // A click anywhere on a row (not only its checkbox) selects or unselects it.
        grid.addItemClickListener(click -> {
            if (click.getColumn() != null) {
                if (grid.getSelectedItems().contains(click.getItem())) {
                    grid.deselect(click.getItem());
                } else {
                    grid.select(click.getItem());
                }
            }
        });
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.setAriaLabel(getTranslation("moderation.grid"));

        publish.setText(getTranslation("moderation.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickShortcut(Key.KEY_P, KeyModifier.ALT);
        publish.setTooltipText("Alt+P");
        publish.addClickListener(e -> act(() -> moderation.publish(selectedIds()), "moderation.done.published"));

        rejectReason.setLabel(getTranslation("moderation.reject-reason"));
        rejectReason.setItems(REJECTION_REASONS.stream().map(this::getTranslation).toList());
        rejectReason.setAllowCustomValue(true);
        rejectReason.addCustomValueSetListener(e -> rejectReason.setValue(e.getDetail()));
        reject.setText(getTranslation("moderation.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        reject.setTooltipText("Alt+R");
        reject.addClickListener(e -> act(() -> moderation.reject(selectedIds(), rejectReason.getValue()),
                "moderation.done.rejected"));

        verdict.setLabel(getTranslation("moderation.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> v == null ? "" : getTranslation("verdict." + v.name()));
        verdictNote.setLabel(getTranslation("moderation.verdict-note"));
        verdictNote.setMaxLength(1000);
        evidenceUrl.setLabel(getTranslation("moderation.evidence"));
        evidenceUrl.setPlaceholder("https://");
        saveVerdict.setText(getTranslation("moderation.save-verdict"));
        saveVerdict.addClickShortcut(Key.KEY_V, KeyModifier.ALT);
        saveVerdict.setTooltipText("Alt+V");
        saveVerdict.addClickListener(e -> {
            if (verdict.getValue() == null) {
                verdict.setErrorMessage(getTranslation("moderation.choose-verdict"));
                verdict.setInvalid(true);
                return;
            }
            act(() -> moderation.judge(selectedIds(), verdict.getValue(), verdictNote.getValue(), evidenceUrl.getValue()),
                    "moderation.done.judged");
        });

        headline.setLabel(getTranslation("rumor.field.headline"));
        headline.setMaxLength(140);
        details.setLabel(getTranslation("rumor.field.details"));
        details.setMaxLength(2000);
        sourceUrl.setLabel(getTranslation("rumor.field.source-url"));
        sourceKind.setLabel(getTranslation("rumor.field.source-kind"));
        sourceKind.setItems(SourceKind.values());
        sourceKind.setItemLabelGenerator(kind -> kind == null ? "" : getTranslation("source-kind." + kind.name()));
        firstSeen.setLabel(getTranslation("rumor.field.first-seen"));
        editAndPublish.setText(getTranslation("moderation.edit-and-publish"));
        editAndPublish.addClickShortcut(Key.KEY_E, KeyModifier.ALT);
        editAndPublish.setTooltipText("Alt+E");
        editAndPublish.addClickListener(e -> act(() -> moderation.editAndPublish(selectedIds().getFirst(),
                new RumorDraft(headline.getValue(), details.getValue(), sourceUrl.getValue(), sourceKind.getValue(),
                        firstSeen.getValue())), "moderation.done.published"));
        editor.add(new H2(getTranslation("moderation.edit")), headline, details, sourceUrl, sourceKind, firstSeen,
                editAndPublish);
        editor.addClassName("moderation-editor");

        var decide = new Div(new H2(getTranslation("moderation.decide")), publish, rejectReason, reject);
        decide.addClassName("moderation-decide");
        var judge = new Div(new H2(getTranslation("moderation.judge")), verdict, verdictNote, evidenceUrl, saveVerdict);
        judge.addClassName("moderation-judge");
        var actions = new Div(decide, judge, editor);
        actions.addClassName("moderation-actions");
        summary.addClassName("result-summary");
        summary.getElement().setAttribute("role", "status");

        add(new H1(getTranslation("moderation.heading")));
        // What staff should hear of while they moderate, such as screens at an event gone dark.
        notices.forEach(notice -> notice.notice().ifPresent(line -> {
            var alert = new Paragraph(new com.vaadin.flow.component.html.Anchor(line.path(), line.text()));
            alert.addClassName("desk-notice");
            alert.getElement().setAttribute("role", "status");
            add(alert);
        }));
        add(new Paragraph(getTranslation("moderation.intro")),
                new Paragraph(new com.vaadin.flow.component.html.Anchor("admin/bursts", getTranslation("moderation.bursts-link"))), showing,
                summary, grid, actions);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.heading") + " · " + getTranslation("app.name");
    }

    void reload() {
        ModerationState state = showing.getValue();
        List<RumorItem> items = moderation.list(state, 0, 500);
        showTitles = moderation.showTitles(items);
        grid.setItems(items);
        summary.setText(getTranslation("moderation.count", items.size()));
        selectionChanged(Set.of());
    }

    private com.vaadin.flow.component.Component itemDetails(RumorItem item) {
        var box = new Div();
        box.addClassName("moderation-item");
        if (item.details() != null) {
            box.add(new Paragraph(item.details()));
        }
        box.add(new Paragraph(getTranslation("moderation.source", item.sourceUrl() == null ? item.sourceLabel() : item.sourceUrl(),
                getTranslation("source-kind." + item.sourceKind().name()), Formats.date(item.firstSeen(), getLocale()))));
        if (!item.reports().isEmpty()) {
            box.add(new Paragraph(getTranslation("moderation.reports", String.join(" · ", item.reports().stream()
                    .map(report -> getTranslation(report.category().messageKey())
                            + (report.reason() == null ? "" : ": “" + report.reason() + "”"))
                    .toList()))));
        }
        if (item.rejectionReason() != null) {
            box.add(new Paragraph(getTranslation("moderation.rejected-because", item.rejectionReason())));
        }
        return box;
    }

    private void selectionChanged(Set<RumorItem> selected) {
        boolean any = !selected.isEmpty();
        publish.setEnabled(any && showing.getValue() != ModerationState.PUBLISHED);
        reject.setEnabled(any && showing.getValue() != ModerationState.REJECTED);
        saveVerdict.setEnabled(any);
        editor.setVisible(selected.size() == 1);
        if (selected.size() == 1) {
            RumorItem item = selected.iterator().next();
            headline.setValue(item.headline());
            details.setValue(item.details() == null ? "" : item.details());
            sourceUrl.setValue(item.sourceUrl() == null ? "" : item.sourceUrl());
            sourceKind.setValue(item.sourceKind());
            firstSeen.setValue(item.firstSeen());
            verdict.setValue(item.verdict());
            verdictNote.setValue(item.verdictNote() == null ? "" : item.verdictNote());
            evidenceUrl.setValue(item.verdictEvidenceUrl() == null ? "" : item.verdictEvidenceUrl());
        }
    }

    private String categories(RumorItem item) {
        return String.join(", ", item.reports().stream().map(report -> getTranslation(report.category().messageKey()))
                .distinct().toList());
    }

    List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(RumorItem::id).toList();
    }

    private void act(Runnable action, String doneKey) {
        if (selectedIds().isEmpty()) {
            return;
        }
        for (var field : List.<com.vaadin.flow.component.HasValidation>of(rejectReason, headline, sourceUrl, evidenceUrl,
                verdictNote)) {
            field.setInvalid(false);
        }
        try {
            int count = selectedIds().size();
            action.run();
            Notification.show(getTranslation(doneKey, count), 4000, Notification.Position.BOTTOM_CENTER);
            rejectReason.clear();
            reload();
        } catch (InvalidRumorException invalid) {
            invalid.problems().forEach((field, key) -> {
                com.vaadin.flow.component.HasValidation target = switch (field) {
                    case "reason" -> rejectReason;
                    case "headline" -> headline;
                    case "sourceUrl" -> sourceUrl;
                    case "evidenceUrl" -> evidenceUrl;
                    case "verdictNote" -> verdictNote;
                    case "sourceKind" -> sourceKind;
                    case "firstSeen" -> firstSeen;
                    default -> details;
                };
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            });
        }
    }
}
