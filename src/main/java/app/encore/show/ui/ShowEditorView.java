package app.encore.show.ui;

import app.encore.base.ui.Formats;
import app.encore.show.FactGroup;
import app.encore.show.InvalidShowException;
import app.encore.show.Show;
import app.encore.show.ShowEditConflictException;
import app.encore.show.ShowEditing;
import app.encore.show.ShowFacts;
import app.encore.show.ShowFacts.AwardEntry;
import app.encore.show.ShowFacts.CastEntry;
import app.encore.show.ShowFacts.FieldChange;
import app.encore.show.ShowFacts.PetitionEntry;
import app.encore.show.ShowFacts.RatingEntry;
import app.encore.show.ShowFacts.SourceEntry;
import app.encore.show.ShowRevision;
import app.encore.show.ShowRules;
import app.encore.show.ShowRules.Problem;
import app.encore.show.Visibility;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Staff add a show or edit everything a show page shows: titles and address, broadcast facts,
 * synopsis, cast, ratings, awards, petitions, and the sources each group of facts comes from. A new
 * show is saved as a draft; publishing, hiding and (for admins, a show nobody used) deleting are one
 * click each. Every problem is shown beside its field and nothing typed is lost; a save refused
 * because someone else saved first keeps what was typed and offers to save it over theirs.
 */
@Route("admin/catalogue/show")
@RolesAllowed({"MODERATOR", "ADMIN"})
class ShowEditorView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Pattern ROW_PATH = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    private final ShowEditing editing;

    private @Nullable Long showId;
    private @Nullable Integer version;
    private @Nullable Visibility visibility;
    private String savedTitle = "";
    /** True once staff typed an address themselves: the title no longer proposes one. */
    private boolean slugTyped;

    final H1 heading = new H1();
    final Paragraph state = new Paragraph();
    final Div alert = new Div();
    final Div conflict = new Div();

    final TextField title = new TextField();
    final TextField nativeTitle = new TextField();
    final TextField slug = new TextField();
    final TextField network = new TextField();
    final TextField studio = new TextField();
    final DatePicker firstAired = new DatePicker();
    final DatePicker lastAired = new DatePicker();
    final IntegerField episodes = new IntegerField();
    final TextArea synopsis = new TextArea();
    final Rows<String> platforms;
    final Rows<CastEntry> cast;
    final Rows<RatingEntry> ratings;
    final Rows<AwardEntry> awards;
    final Rows<PetitionEntry> petitions;
    final Rows<SourceEntry> sources;
    final Paragraph sourcesProblem = new Paragraph();

    final Button save = new Button();
    final Button publish = new Button();
    final TextField hideReason = new TextField();
    final Button hide = new Button();
    final Button delete = new Button();
    final Div hiding = new Div();
    final UnorderedList history = new UnorderedList();
    private final Div historySection = new Div();

    ShowEditorView(ShowEditing editing) {
        this.editing = editing;
        addClassNames("page", "admin-page", "show-editor");

        platforms = new Rows<>("show-edit.add.platform", "show-edit.field.platforms", PlatformRow::new);
        cast = new Rows<>("show-edit.add.cast", "show-edit.section.cast", CastRow::new);
        ratings = new Rows<>("show-edit.add.rating", "show-edit.section.ratings", RatingRow::new);
        awards = new Rows<>("show-edit.add.award", "show-edit.section.awards", AwardRow::new);
        petitions = new Rows<>("show-edit.add.petition", "show-edit.section.petitions", PetitionRow::new);
        sources = new Rows<>("show-edit.add.source", "show-edit.section.sources", SourceRow::new);

        label(title, "title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        // The address is proposed as the title is typed.
        title.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        title.addValueChangeListener(change -> {
            if (showId == null && !slugTyped) {
                slug.setValue(ShowRules.proposeSlug(change.getValue()));
            }
        });
        label(nativeTitle, "nativeTitle");
        nativeTitle.setMaxLength(200);
        label(slug, "slug");
        slug.setRequiredIndicatorVisible(true);
        slug.setHelperText(getTranslation("show-edit.field.slug-help"));
        slug.setMaxLength(120);
        slug.addValueChangeListener(change -> slugTyped |= change.isFromClient());
        label(network, "network");
        network.setMaxLength(60);
        label(studio, "studio");
        studio.setMaxLength(200);
        label(firstAired, "firstAired");
        label(lastAired, "lastAired");
        label(episodes, "episodes");
        episodes.setMin(1);
        episodes.setMax(1000);
        episodes.setStepButtonsVisible(false);
        label(synopsis, "synopsis");
        synopsis.setMaxLength(4000);
        synopsis.setWidthFull();

        alert.addClassName("form-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        conflict.addClassName("form-alert");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        sourcesProblem.addClassName("field-problem");
        sourcesProblem.setId("sources-problem");
        sourcesProblem.setVisible(false);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> whileOff(save, () -> save(false)));
        publish.setText(getTranslation("show-edit.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> whileOff(publish, this::publish));
        hideReason.setLabel(getTranslation("show-edit.hide-reason"));
        hideReason.setMaxLength(500);
        hide.setText(getTranslation("show-edit.hide"));
        hide.setDisableOnClick(true);
        hide.addClickListener(click -> whileOff(hide, this::hide));
        hiding.addClassName("show-editor-hiding");
        hiding.add(hideReason, hide);
        delete.setText(getTranslation("show-edit.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        delete.setVisible(isAdmin());

        var back = new RouterLink(getTranslation("show-edit.back"), CatalogueAdminView.class);
        back.addClassName("back-link");
        var actions = new Div(save, publish);
        actions.addClassName("show-editor-actions");
        var sourcesHelp = new Paragraph(getTranslation("show-edit.sources-help"));
        sourcesHelp.setId("sources-help");
        add(back, heading, state, alert, conflict,
                section("titles", title, nativeTitle, slug),
                section("broadcast", network, studio, firstAired, lastAired, episodes, platforms),
                section("synopsis", synopsis),
                section("cast", cast), section("ratings", ratings), section("awards", awards),
                section("petitions", petitions),
                section("sources", sourcesHelp, sourcesProblem, sources),
                actions, hiding, delete, historySection);
        historySection.add(new H2(getTranslation("show-edit.history")), history);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            showId = null;
            fill(ShowFacts.empty());
            showState(null);
            return;
        }
        Optional<Show> show = parse(parameter).flatMap(editing::find);
        if (show.isEmpty()) {
            heading.setText(getTranslation("show-edit.not-found"));
            getChildren().skip(3).forEach(child -> child.setVisible(false));
            return;
        }
        load(show.get());
    }

    private void load(Show show) {
        showId = show.id();
        fill(ShowFacts.of(show));
        showState(show);
    }

    private void showState(@Nullable Show show) {
        version = show == null ? null : show.version();
        visibility = show == null ? null : show.visibility();
        savedTitle = show == null ? "" : show.title();
        heading.setText(show == null ? getTranslation("show-edit.title-new")
                : getTranslation("show-edit.title-edit", show.title()));
        List<ShowRevision> revisions = show == null ? List.of() : editing.revisions(show.id());
        state.setText(show == null ? getTranslation("show-edit.state-new")
                : revisions.isEmpty() ? getTranslation("visibility." + show.visibility().name())
                : getTranslation("show-edit.state", getTranslation("visibility." + show.visibility().name()),
                        revisions.getFirst().editedBy(), Formats.date(revisions.getFirst().editedAt(), getLocale())));
        save.setText(getTranslation(show == null ? "show-edit.save-new" : "show-edit.save"));
        publish.setVisible(show != null && show.visibility() != Visibility.PUBLISHED);
        hiding.setVisible(show != null && show.visibility() == Visibility.PUBLISHED);
        delete.setVisible(show != null && isAdmin());
        historySection.setVisible(show != null);
        history.removeAll();
        if (show != null) {
            if (revisions.isEmpty()) {
                history.add(new ListItem(getTranslation("show-edit.history-empty")));
            }
            revisions.forEach(revision -> history.add(revisionItem(revision)));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private ListItem revisionItem(ShowRevision revision) {
        var item = new ListItem(getTranslation("show-edit.revision",
                getTranslation("show-edit.revision-kind." + revision.kind().name()), revision.editedBy(),
                Formats.date(revision.editedAt(), getLocale())));
        if (!revision.changes().isEmpty()) {
            var changes = new UnorderedList();
            for (FieldChange change : revision.changes()) {
                changes.add(new ListItem(FieldNames.change(this, change)));
            }
            item.add(changes);
        }
        return item;
    }

    /** What the form holds now, exactly as typed. */
    ShowFacts facts() {
        return new ShowFacts(slug.getValue(), title.getValue(), nativeTitle.getValue(), network.getValue(),
                studio.getValue(), firstAired.getValue(), lastAired.getValue(), episodes.getValue(),
                synopsis.getValue(), platforms.values(), cast.values(), ratings.values(), awards.values(),
                petitions.values(), sources.values());
    }

    private void fill(ShowFacts facts) {
        title.setValue(orEmpty(facts.title()));
        nativeTitle.setValue(orEmpty(facts.nativeTitle()));
        slug.setValue(orEmpty(facts.slug()));
        slugTyped = facts.slug() != null;
        network.setValue(orEmpty(facts.network()));
        studio.setValue(orEmpty(facts.studio()));
        firstAired.setValue(facts.firstAired());
        lastAired.setValue(facts.lastAired());
        episodes.setValue(facts.episodes());
        synopsis.setValue(orEmpty(facts.synopsis()));
        platforms.setValues(facts.platforms());
        cast.setValues(facts.cast());
        ratings.setValues(facts.ratings());
        awards.setValues(facts.awards());
        petitions.setValues(facts.petitions());
        sources.setValues(facts.sources());
        clearProblems();
    }

    void save(boolean overwrite) {
        clearProblems();
        ShowFacts facts = facts();
        try {
            if (showId == null) {
                long id = editing.create(facts);
                Notification.show(getTranslation("show-edit.created", facts.title()), 5000,
                        Notification.Position.BOTTOM_CENTER);
                getUI().ifPresent(ui -> ui.navigate(ShowEditorView.class, String.valueOf(id)));
                return;
            }
            if (overwrite) {
                editing.find(showId).ifPresent(current -> version = current.version());
            }
            List<FieldChange> changes = editing.update(showId, version, facts);
            Notification.show(changes.isEmpty() ? getTranslation("show-edit.nothing-changed")
                    : getTranslation("show-edit.saved", facts.title()), 4000, Notification.Position.BOTTOM_CENTER);
            editing.find(showId).ifPresent(this::showState);
        } catch (InvalidShowException invalid) {
            showProblems(invalid.problems());
        } catch (ShowEditConflictException changedMeanwhile) {
            showConflict(changedMeanwhile.latest());
        }
    }

    void publish() {
        clearProblems();
        if (showId == null) {
            return;
        }
        try {
            editing.update(showId, version, facts());
            editing.find(showId).ifPresent(current -> version = current.version());
            editing.publish(showId, version);
            Notification.show(getTranslation("show-edit.published", title.getValue()), 5000,
                    Notification.Position.BOTTOM_CENTER);
            editing.find(showId).ifPresent(this::showState);
        } catch (InvalidShowException invalid) {
            showProblems(invalid.problems());
            editing.find(showId).ifPresent(current -> version = current.version());
        } catch (ShowEditConflictException changedMeanwhile) {
            showConflict(changedMeanwhile.latest());
        }
    }

    void hide() {
        if (showId == null) {
            return;
        }
        try {
            editing.hide(showId, version, hideReason.getValue());
            Notification.show(getTranslation("show-edit.hidden", savedTitle), 5000, Notification.Position.BOTTOM_CENTER);
            hideReason.clear();
            editing.find(showId).ifPresent(this::showState);
        } catch (ShowEditConflictException changedMeanwhile) {
            showConflict(changedMeanwhile.latest());
        }
    }

    private void confirmDelete() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("show-edit.delete") + ": " + savedTitle);
        var yes = new Button(getTranslation("show-edit.delete"), click -> {
            dialog.close();
            delete();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var no = new Button(getTranslation("dialog.cancel"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
        no.focus();
    }

    void delete() {
        if (showId == null) {
            return;
        }
        try {
            if (editing.delete(showId, version)) {
                Notification.show(getTranslation("show-edit.deleted", savedTitle), 5000,
                        Notification.Position.BOTTOM_CENTER);
                getUI().ifPresent(ui -> ui.navigate(CatalogueAdminView.class));
            } else {
                showAlert(getTranslation("show-edit.not-deleted", savedTitle));
            }
        } catch (ShowEditConflictException changedMeanwhile) {
            showConflict(changedMeanwhile.latest());
        }
    }

    private void showConflict(@Nullable ShowRevision latest) {
        conflict.removeAll();
        conflict.add(new Paragraph(latest == null ? getTranslation("show-edit.conflict-unknown")
                : getTranslation("show-edit.conflict", latest.editedBy(), Formats.date(latest.editedAt(), getLocale()))));
        var overwrite = new Button(getTranslation("show-edit.overwrite"), click -> save(true));
        overwrite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reload = new Button(getTranslation("show-edit.reload"), click -> editing.find(showId).ifPresent(this::load));
        conflict.add(new Div(overwrite, reload));
        conflict.setVisible(true);
        if (showId != null) {
            Integer mine = version;
            editing.find(showId).ifPresent(current -> {
                showState(current);
                version = mine;
            });
        }
        overwrite.focus();
    }

    void showProblems(Map<String, Problem> problems) {
        Focusable<?> first = null;
        for (Map.Entry<String, Problem> entry : problems.entrySet()) {
            String message = message(entry.getValue());
            Optional<Component> field = fieldAt(entry.getKey());
            if (field.isPresent() && field.get() instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
                if (first == null && field.get() instanceof Focusable<?> focusable) {
                    first = focusable;
                }
            } else {
                sourcesProblem.setText(message);
                sourcesProblem.setVisible(true);
            }
        }
        showAlert(getTranslation("show-edit.invalid", problems.size()));
        if (first != null) {
            first.focus();
        }
    }

    private void showAlert(String text) {
        alert.setText(text);
        alert.setVisible(true);
    }

    private String message(Problem problem) {
        if ("show-edit.error.unsourced".equals(problem.key())) {
            String groups = Arrays.stream(String.valueOf(problem.args().getFirst()).split(","))
                    .map(group -> getTranslation("fact-group." + group)).collect(Collectors.joining(", "));
            return getTranslation(problem.key(), groups);
        }
        return getTranslation(problem.key(), problem.args().toArray());
    }

    /** The field a problem's path names: {@code title}, or {@code cast[2].actor} in a list. */
    Optional<Component> fieldAt(String path) {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("nativeTitle", nativeTitle);
        fields.put("slug", slug);
        fields.put("network", network);
        fields.put("studio", studio);
        fields.put("firstAired", firstAired);
        fields.put("lastAired", lastAired);
        fields.put("episodes", episodes);
        fields.put("synopsis", synopsis);
        if (fields.containsKey(path)) {
            return Optional.of(fields.get(path));
        }
        Matcher row = ROW_PATH.matcher(path);
        if (!row.matches()) {
            return Optional.empty();
        }
        Rows<?> rows = switch (row.group(1)) {
            case "platforms" -> platforms;
            case "cast" -> cast;
            case "ratings" -> ratings;
            case "awards" -> awards;
            case "petitions" -> petitions;
            case "sources" -> sources;
            default -> null;
        };
        return rows == null ? Optional.empty() : rows.field(Integer.parseInt(row.group(2)), row.group(3));
    }

    private void clearProblems() {
        alert.setVisible(false);
        conflict.setVisible(false);
        sourcesProblem.setVisible(false);
        for (HasValidation field : List.<HasValidation>of(title, nativeTitle, slug, network, studio, firstAired,
                lastAired, episodes, synopsis)) {
            field.setInvalid(false);
        }
        for (Rows<?> rows : List.of(platforms, cast, ratings, awards, petitions, sources)) {
            rows.clearProblems();
        }
    }

    private Section section(String name, Component... content) {
        var section = new Section();
        section.addClassName("show-editor-section");
        var heading = new H2(getTranslation("show-edit.section." + name));
        heading.setId("section-" + name);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        section.add(content);
        return section;
    }

    private void label(Component field, String name) {
        field.getElement().setProperty("label", getTranslation("show-edit.field." + name));
        field.setId("show-" + name);
    }

    private static void whileOff(Button button, Runnable action) {
        try {
            action.run();
        } finally {
            button.setEnabled(true);
        }
    }

    private static boolean isAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private static Optional<Long> parse(String parameter) {
        try {
            return Optional.of(Long.parseLong(parameter));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }

    // ── Lists of rows ─────────────────────────────────────────────────────────────────────────────

    /** One row of a list: its fields by name, and its value. */
    interface Row<T> {
        Component component();

        Map<String, Component> fields();

        T value();

        void setValue(T value);
    }

    /** A list the form edits a row at a time: each row with a remove button, and a button to add one. */
    final class Rows<T> extends Div {
        private final String itemLabel;
        private final Supplier<Row<T>> rowFactory;
        private final List<Row<T>> rows = new ArrayList<>();
        private final Div list = new Div();
        final Button add;

        Rows(String addKey, String itemKey, Supplier<Row<T>> rowFactory) {
            this.itemLabel = getTranslation(itemKey);
            this.rowFactory = rowFactory;
            addClassName("editor-rows");
            list.addClassName("editor-rows-list");
            add = new Button(getTranslation(addKey), click -> {
                Row<T> row = addRow();
                row.fields().values().stream().findFirst()
                        .ifPresent(first -> ((Focusable<?>) first).focus());
            });
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(list, add);
        }

        List<T> values() {
            return rows.stream().map(Row::value).toList();
        }

        void setValues(List<T> values) {
            rows.clear();
            list.removeAll();
            values.forEach(value -> addRow().setValue(value));
        }

        Row<T> row(int index) {
            return rows.get(index);
        }

        Row<T> addRow() {
            Row<T> row = rowFactory.get();
            rows.add(row);
            var remove = new Button(getTranslation("show-edit.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var line = new Div(row.component(), remove);
            line.addClassName("editor-row");
            remove.addClickListener(click -> {
                int at = rows.indexOf(row);
                rows.remove(row);
                list.remove(line);
                relabel();
                if (!rows.isEmpty()) {
                    ((Focusable<?>) rows.get(Math.min(at, rows.size() - 1)).fields().values().iterator().next())
                            .focus();
                } else {
                    add.focus();
                }
            });
            list.add(line);
            relabel();
            return row;
        }

        /** Remove buttons say which row they remove, for screen readers: "Remove cast 2". */
        private void relabel() {
            for (int i = 0; i < rows.size(); i++) {
                int number = i + 1;
                list.getComponentAt(i).getChildren().skip(1).findFirst().ifPresent(remove -> remove.getElement()
                        .setAttribute("aria-label", getTranslation("show-edit.remove-row", itemLabel, number)));
            }
        }

        Optional<Component> field(int index, @Nullable String field) {
            if (index >= rows.size()) {
                return Optional.empty();
            }
            Map<String, Component> fields = rows.get(index).fields();
            return Optional.ofNullable(field == null ? fields.values().iterator().next() : fields.get(field));
        }

        void clearProblems() {
            rows.forEach(row -> row.fields().values().forEach(field -> ((HasValidation) field).setInvalid(false)));
        }
    }

    private Div rowOf(Component... fields) {
        var div = new Div(fields);
        div.addClassName("editor-row-fields");
        return div;
    }

    private <F extends Component & HasValue<?, ?>> F labelled(F field, String key) {
        field.getElement().setProperty("label", getTranslation("show-edit.field." + key));
        return field;
    }

    final class PlatformRow implements Row<String> {
        final TextField name = labelled(new TextField(), "platform");
        private final Div component = rowOf(name);

        PlatformRow() {
            name.setMaxLength(60);
        }

        public Component component() {
            return component;
        }

        public Map<String, Component> fields() {
            return Map.of("name", name);
        }

        public String value() {
            return name.getValue();
        }

        public void setValue(String value) {
            name.setValue(orEmpty(value));
        }
    }

    final class CastRow implements Row<CastEntry> {
        final TextField actor = labelled(new TextField(), "actor");
        final TextField role = labelled(new TextField(), "role");
        private final Div component = rowOf(actor, role);

        public Component component() {
            return component;
        }

        public Map<String, Component> fields() {
            return ordered("actor", actor, "role", role);
        }

        public CastEntry value() {
            return new CastEntry(actor.getValue(), role.getValue());
        }

        public void setValue(CastEntry value) {
            actor.setValue(orEmpty(value.actor()));
            role.setValue(orEmpty(value.role()));
        }
    }

    final class RatingRow implements Row<RatingEntry> {
        final TextField agency = labelled(new TextField(), "agency");
        final TextField measure = labelled(new TextField(), "measure");
        final BigDecimalField percent = labelled(new BigDecimalField(), "percent");
        private final Div component = rowOf(agency, measure, percent);

        public Component component() {
            return component;
        }

        public Map<String, Component> fields() {
            return ordered("agency", agency, "measure", measure, "percent", percent);
        }

        public RatingEntry value() {
            return new RatingEntry(agency.getValue(), measure.getValue(), percent.getValue());
        }

        public void setValue(RatingEntry value) {
            agency.setValue(orEmpty(value.agency()));
            measure.setValue(orEmpty(value.measure()));
            percent.setValue(value.percent());
        }
    }

    final class AwardRow implements Row<AwardEntry> {
        final TextField name = labelled(new TextField(), "award");
        final TextField presenter = labelled(new TextField(), "presenter");
        final IntegerField year = labelled(new IntegerField(), "year");
        private final Div component = rowOf(name, presenter, year);

        public Component component() {
            return component;
        }

        public Map<String, Component> fields() {
            return ordered("name", name, "presenter", presenter, "year", year);
        }

        public AwardEntry value() {
            return new AwardEntry(name.getValue(), presenter.getValue(), year.getValue());
        }

        public void setValue(AwardEntry value) {
            name.setValue(orEmpty(value.name()));
            presenter.setValue(orEmpty(value.presenter()));
            year.setValue(value.year());
        }
    }

    final class PetitionRow implements Row<PetitionEntry> {
        final TextField description = labelled(new TextField(), "description");
        final TextField site = labelled(new TextField(), "site");
        final TextField url = labelled(new TextField(), "url");
        final IntegerField signatures = labelled(new IntegerField(), "signatures");
        private final Div component = rowOf(description, site, url, signatures);

        public Component component() {
            return component;
        }

        public Map<String, Component> fields() {
            return ordered("description", description, "site", site, "url", url, "signatures", signatures);
        }

        public PetitionEntry value() {
            return new PetitionEntry(description.getValue(), site.getValue(), url.getValue(), signatures.getValue());
        }

        public void setValue(PetitionEntry value) {
            description.setValue(orEmpty(value.description()));
            site.setValue(orEmpty(value.site()));
            url.setValue(orEmpty(value.url()));
            signatures.setValue(value.signatures());
        }
    }

    final class SourceRow implements Row<SourceEntry> {
        final TextField title = labelled(new TextField(), "source-title");
        final TextField publisher = labelled(new TextField(), "publisher");
        final TextField url = labelled(new TextField(), "url");
        final DatePicker publishedOn = labelled(new DatePicker(), "publishedOn");
        final CheckboxGroup<FactGroup> covers = labelled(new CheckboxGroup<>(), "covers");
        final TextArea quote = labelled(new TextArea(), "quote");
        private final Div component = rowOf(title, publisher, url, publishedOn, covers, quote);

        SourceRow() {
            title.setMaxLength(300);
            url.setPlaceholder("https://");
            url.setRequiredIndicatorVisible(true);
            quote.setHelperText(getTranslation("show-edit.field.quote.helper"));
            quote.addClassName("source-quote");
            covers.setItems(FactGroup.values());
            covers.setItemLabelGenerator(group -> getTranslation(group.messageKey()));
            covers.addClassName("source-covers");
        }

        public Component component() {
            return component;
        }

        public Map<String, Component> fields() {
            return ordered("title", title, "publisher", publisher, "url", url, "publishedOn", publishedOn,
                    "covers", covers, "quote", quote);
        }

        public SourceEntry value() {
            return new SourceEntry(title.getValue(), publisher.getValue(), url.getValue(), publishedOn.getValue(),
                    covers.getValue().isEmpty() ? EnumSet.noneOf(FactGroup.class) : EnumSet.copyOf(covers.getValue()),
                    quote.getValue());
        }

        public void setValue(SourceEntry value) {
            title.setValue(orEmpty(value.title()));
            publisher.setValue(orEmpty(value.publisher()));
            url.setValue(orEmpty(value.url()));
            publishedOn.setValue(value.publishedOn());
            covers.setValue(value.covers());
            quote.setValue(orEmpty(value.quote()));
        }
    }

    private static Map<String, Component> ordered(Object... namesAndFields) {
        Map<String, Component> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFields.length; i += 2) {
            fields.put((String) namesAndFields[i], (Component) namesAndFields[i + 1]);
        }
        return fields;
    }
}
