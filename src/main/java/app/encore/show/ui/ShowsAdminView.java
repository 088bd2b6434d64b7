package app.encore.show.ui;

import app.encore.base.PlainText;
import app.encore.base.ui.Formats;
import app.encore.base.ui.NativeDialog;
import app.encore.show.OfficialStatus;
import app.encore.show.QuestionForecasters;
import app.encore.show.Show;
import app.encore.show.ShowAdministration;
import app.encore.show.ShowEditing;
import app.encore.show.ShowEditing.StaffShowRow;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Admins set a show's official status, with the source that says so and when the network announced
 * it (a renewal or an ending resolves the show's question as of that moment), or withdraw a status
 * recorded from a mistaken source (the question reopens). The history is listed.
 */
@Route("admin/shows")
@RolesAllowed("ADMIN")
@Menu(order = 20, title = "nav.admin-shows")
class ShowsAdminView extends Div implements HasDynamicTitle {

    private final ShowEditing editing;
    private final ShowAdministration administration;

    final Grid<StaffShowRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<OfficialStatus> status = new Select<>();
    final TextField sourceTitle = new TextField();
    final TextField sourceUrl = new TextField();
    final com.vaadin.flow.component.textfield.TextArea sourceQuote = new com.vaadin.flow.component.textfield.TextArea();
    final DateTimePicker announcedAt = new DateTimePicker();
    final Button save = new Button();
    final TextArea withdrawReason = new TextArea();
    final Button withdraw = new Button();
    final Div withdrawal = new Div();
    private ZoneId zone = ZoneOffset.UTC;
    /** The time the form suggested: left as it is, it means "just now", to the second. */
    private LocalDateTime suggested;
    final UnorderedList history = new UnorderedList();
    final Div editor = new Div();
    final H2 editorHeading = new H2();
    final Paragraph current = new Paragraph();
    /** The confirmation a renewal or an ending asks for before it scores anyone, while it is open. */
    @Nullable NativeDialog confirmation;
    @Nullable Button confirm;
    @Nullable Button cancel;
    private final ShowEditing shows;
    private final QuestionForecasters forecasters;

    private final Clock clock;

    ShowsAdminView(ShowEditing editing, ShowAdministration administration, QuestionForecasters forecasters, Clock clock) {
        this.editing = editing;
        this.shows = editing;
        this.forecasters = forecasters;
        this.administration = administration;
        this.clock = clock;
        addClassNames("page", "admin-page");
        grid.addColumn(StaffShowRow::title).setHeader(getTranslation("admin-shows.title")).setFlexGrow(2);
        grid.addColumn(card -> getTranslation("status." + card.officialStatus().name()))
                .setHeader(getTranslation("admin-shows.status")).setAutoWidth(true);
        grid.setHeight("24rem");
        grid.setItems(query -> editing.list(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> editing.count(search.getValue()));
        search.setLabel(getTranslation("catalogue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.setAriaLabel(getTranslation("admin-shows.heading"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        status.setLabel(getTranslation("admin-shows.new-status"));
        status.setItems(OfficialStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("status." + s.name()));
        sourceTitle.setLabel(getTranslation("admin-shows.source-title"));
        sourceTitle.setMaxLength(300);
        sourceUrl.setLabel(getTranslation("admin-shows.source-url"));
        sourceUrl.setPlaceholder("https://");
        sourceQuote.setLabel(getTranslation("admin-shows.source-quote"));
        sourceQuote.setHelperText(getTranslation("admin-shows.source-quote-help"));
        sourceQuote.setMaxLength(600);
        announcedAt.setStep(Duration.ofMinutes(1));
        announcedAt.setHelperText(getTranslation("admin-shows.announced-help"));
        save.setText(getTranslation("admin-shows.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A double click saves once: the button is off from the first click until the server answers.
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        withdrawReason.setLabel(getTranslation("admin-shows.withdraw-reason"));
        withdrawReason.setMaxLength(500);
        withdrawReason.setHelperText(getTranslation("admin-shows.withdraw-help"));
        withdraw.setText(getTranslation("admin-shows.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setDisableOnClick(true);
        withdraw.addClickListener(e -> withdraw());
        withdrawal.add(new H2(getTranslation("admin-shows.withdraw-heading")), withdrawReason, withdraw);
        withdrawal.addClassName("admin-withdrawal");
        current.addClassName("admin-current-status");
        editor.add(editorHeading, current, status, sourceTitle, sourceUrl, sourceQuote, announcedAt, save,
                withdrawal, new H2(getTranslation("admin-shows.history")), history);
        editor.addClassName("admin-editor");
        editor.setVisible(false);

        add(new H1(getTranslation("admin-shows.heading")), new Paragraph(getTranslation("admin-shows.intro")), search, grid,
                editor);
        refresh();
    }

    /** Reloads the list, keeping the show just changed selected with its new status. */
    private void refresh() {
        StaffShowRow selected = grid.asSingleSelect().getValue();
        grid.getDataProvider().refreshAll();
        if (selected != null) {
            editing.row(selected.id()).ifPresent(row -> {
                grid.getDataProvider().refreshItem(row);
                grid.select(row);
                select(row);
            });
        }
    }

    private void select(StaffShowRow card) {
        editor.setVisible(card != null);
        if (card == null) {
            return;
        }
        status.setValue(card.officialStatus());
        editorHeading.setText(getTranslation("admin-shows.set-for", card.title()));
        var show = shows.find(card.id());
        var source = show.map(Show::statusSource).orElse(null);
        current.setText(source == null ? getTranslation("admin-shows.current", getTranslation("status." + card.officialStatus().name()))
                : getTranslation("admin-shows.current-sourced", getTranslation("status." + card.officialStatus().name()),
                        source.title(), source.url() == null ? "" : source.url()));
        announcedAt.setLabel(getTranslation("admin-shows.announced", zone.getId()));
        announcedAt.setMax(LocalDateTime.ofInstant(clock.instant(), zone));
        suggested = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
        announcedAt.setValue(suggested);
        announcedAt.setInvalid(false);
        withdrawal.setVisible(!card.officialStatus().isOpen());
        withdrawReason.clear();
        withdrawReason.setInvalid(false);
        history.removeAll();
        administration.history(card.id()).forEach(change -> history.add(new ListItem(change.note() != null
                ? getTranslation("admin-shows.change-withdrawn", change.note(), change.changedBy(),
                        Formats.date(change.changedAt(), getLocale()))
                : getTranslation("admin-shows.change",
                        getTranslation("status." + change.status().name()), change.sourceTitle(),
                        change.sourceUrl() == null ? "" : change.sourceUrl(), change.changedBy(),
                        Formats.date(change.changedAt(), getLocale()))
                        + (change.announcedAt() == null ? "" : " " + getTranslation("admin-shows.change-announced",
                                announcedText(change.announcedAt()))))));
        if (history.getChildren().findAny().isEmpty() && source != null) {
            // A status that came with the catalogue (an import or the demo data) has no change of its own.
            history.add(new ListItem(getTranslation("admin-shows.change-catalogue",
                    getTranslation("status." + card.officialStatus().name()), source.title(),
                    source.url() == null ? "" : source.url())));
        }
    }

    private String announcedText(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** Times are entered and shown in the admin's own time zone, as their browser reports it. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ExtendedClientDetails details = attachEvent.getUI().getPage().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException unknownZone) {
                zone = ZoneOffset.UTC;
            }
        }
    }

    private void withdraw() {
        try {
            tryToWithdraw();
        } finally {
            withdraw.setEnabled(true);
        }
    }

    private void tryToWithdraw() {
        StaffShowRow card = grid.asSingleSelect().getValue();
        if (card == null) {
            return;
        }
        try {
            administration.withdrawStatus(card.id(), withdrawReason.getValue());
            Notification.show(getTranslation("admin-shows.withdrawn", card.title()), 4000,
                    Notification.Position.BOTTOM_CENTER);
            refresh();
            editor.setVisible(false);
        } catch (IllegalArgumentException invalid) {
            withdrawReason.setErrorMessage(getTranslation(PlainText.isText(withdrawReason.getValue())
                    ? "admin-shows.withdraw-reason-invalid" : PlainText.REFUSED));
            withdrawReason.setInvalid(true);
        } catch (IllegalStateException nothingToWithdraw) {
            withdrawReason.setErrorMessage(getTranslation("admin-shows.nothing-to-withdraw"));
            withdrawReason.setInvalid(true);
        }
    }

    private void save() {
        try {
            tryToSave();
        } finally {
            save.setEnabled(true);
        }
    }

    private void tryToSave() {
        StaffShowRow card = grid.asSingleSelect().getValue();
        if (card == null || status.getValue() == null) {
            return;
        }
        sourceTitle.setInvalid(false);
        sourceUrl.setInvalid(false);
        sourceQuote.setInvalid(false);
        announcedAt.setInvalid(false);
        if (announcedAt.getValue() == null) {
            announcedAt.setErrorMessage(getTranslation("admin-shows.announced-invalid"));
            announcedAt.setInvalid(true);
            return;
        }
        Instant announced = announcedAt.getValue().equals(suggested) ? clock.instant()
                : announcedAt.getValue().atZone(zone).toInstant();
        OfficialStatus chosen = status.getValue();
        try {
            administration.checkStatus(sourceTitle.getValue(), sourceUrl.getValue(), quote(), announced);
            if (chosen.isOpen()) {
                record(card, chosen, announced);
            } else {
                confirm(card, chosen, announced);
            }
        } catch (IllegalArgumentException invalid) {
            showProblem(invalid);
        }
    }

    /**
     * A renewal or an ending resolves the question and scores every fan who forecast: asked first,
     * naming the show, the outcome, the announcement and how many fans it scores.
     */
    private void confirm(StaffShowRow card, OfficialStatus chosen, Instant announced) {
        int fans = forecasters.before(card.id(), announced);
        // A dialog closed in the browser has left the page already; this one takes its place.
        getChildren().filter(NativeDialog.class::isInstance).toList().forEach(this::remove);
        var dialog = new NativeDialog(getTranslation("admin-shows.confirm-title", card.title()));
        var question = new Paragraph(getTranslation("admin-shows.confirm-text", card.title(),
                getTranslation("status." + chosen.name()), announcedText(announced), fans));
        question.addClassName("confirm-text");
        var yes = new Button(getTranslation("admin-shows.confirm", getTranslation("status." + chosen.name()), fans));
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.setDisableOnClick(true);
        var no = new Button(getTranslation("admin-shows.confirm-cancel"));
        no.addClickListener(click -> closeConfirmation());
        yes.addClickListener(click -> {
            closeConfirmation();
            try {
                record(card, chosen, announced);
            } catch (IllegalArgumentException invalid) {
                showProblem(invalid);
            }
        });
        var buttons = new Div(no, yes);
        buttons.addClassName("dialog-buttons");
        dialog.add(question, buttons);
        add(dialog);
        dialog.open();
        confirmation = dialog;
        confirm = yes;
        cancel = no;
    }

    private void closeConfirmation() {
        if (confirmation != null) {
            confirmation.close();
        }
        confirmation = null;
        confirm = null;
        cancel = null;
    }

    private void record(StaffShowRow card, OfficialStatus chosen, Instant announced) {
        administration.setOfficialStatus(card.id(), chosen, sourceTitle.getValue(), sourceUrl.getValue(), quote(),
                announced);
        Notification.show(getTranslation("admin-shows.saved", card.title()), 4000, Notification.Position.BOTTOM_CENTER);
        sourceTitle.clear();
        sourceUrl.clear();
        sourceQuote.clear();
        refresh();
        editor.setVisible(false);
    }

    private @org.jspecify.annotations.Nullable String quote() {
        return sourceQuote.getValue() == null || sourceQuote.getValue().isBlank() ? null : sourceQuote.getValue();
    }

    private void showProblem(IllegalArgumentException invalid) {
        if ("sourceQuote".equals(invalid.getMessage())) {
            sourceQuote.setErrorMessage(getTranslation(!PlainText.isLine(sourceQuote.getValue()) ? PlainText.REFUSED
                    : "admin-shows.source-quote-invalid"));
            sourceQuote.setInvalid(true);
            return;
        }
        if ("announcedAt".equals(invalid.getMessage())) {
            announcedAt.setErrorMessage(getTranslation("admin-shows.announced-invalid"));
            announcedAt.setInvalid(true);
            return;
        }
        boolean title = "sourceTitle".equals(invalid.getMessage());
        var field = title ? sourceTitle : sourceUrl;
        field.setErrorMessage(getTranslation(!PlainText.isLine(field.getValue()) ? PlainText.REFUSED
                : title ? "admin-shows.source-title-invalid" : "admin-shows.source-url-invalid"));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-shows.heading") + " · " + getTranslation("app.name");
    }
}
