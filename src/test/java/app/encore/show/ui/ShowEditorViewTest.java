package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.show.FactGroup;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowEditing;
import app.encore.show.ShowFacts;
import app.encore.show.Visibility;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A moderator adds a show through the editor with every field, fixes what is reported beside the
 * fields without losing anything typed, publishes it, and edits it while someone else does.
 */
@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "mina", roles = "MODERATOR")
class ShowEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient cleanupJdbc;

    @AfterEach
    void forgetTheShowsThisTestMade() {
        TestShows.madeWithSlugPrefix(cleanupJdbc, "counter-");
    }


    @Autowired
    ShowEditing editing;

    @Autowired
    ShowCatalog catalog;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private ShowEditorView openNew() {
        UI.getCurrent().navigate("admin/catalogue/show/new");
        return (ShowEditorView) getCurrentView();
    }

    private static void fillEveryField(ShowEditorView editor, String slug) {
        editor.title.setValue("The Uncanny Counter");
        editor.slug.setValue(slug);
        editor.nativeTitle.setValue("경이로운 소문");
        editor.network.setValue("OCN");
        editor.studio.setValue("Studio Dragon");
        editor.firstAired.setValue(LocalDate.of(2020, 11, 28));
        editor.lastAired.setValue(LocalDate.of(2021, 1, 24));
        editor.episodes.setValue(16);
        editor.synopsis.setValue("Demon hunters who pose as noodle-shop staff chase evil spirits.");
        var platform = (ShowEditorView.PlatformRow) editor.platforms.addRow();
        platform.name.setValue("Netflix");
        var cast = (ShowEditorView.CastRow) editor.cast.addRow();
        cast.actor.setValue("Jo Byung-gyu");
        cast.role.setValue("So Mun");
        var rating = (ShowEditorView.RatingRow) editor.ratings.addRow();
        rating.agency.setValue("Nielsen Korea");
        rating.measure.setValue("Nationwide, final episode");
        rating.percent.setValue(new BigDecimal("11.14"));
        var award = (ShowEditorView.AwardRow) editor.awards.addRow();
        award.name.setValue("Best New Actor");
        award.presenter.setValue("Example Awards");
        award.year.setValue(2021);
        var petition = (ShowEditorView.PetitionRow) editor.petitions.addRow();
        petition.description.setValue("Bring the counters back");
        petition.site.setValue("Change.org");
        petition.url.setValue("https://change.example/counters");
        petition.signatures.setValue(1200);
        var source = (ShowEditorView.SourceRow) editor.sources.addRow();
        source.title.setValue("The Uncanny Counter");
        source.publisher.setValue("Wikipedia");
        source.url.setValue("https://en.wikipedia.org/wiki/The_Uncanny_Counter");
        source.covers.setValue(EnumSet.allOf(FactGroup.class));
    }

    private static String slug() {
        return "counter-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_show_with_every_field_is_saved_as_a_draft_fans_cannot_open_and_published_with_one_click() {
        ShowEditorView editor = openNew();
        String slug = slug();
        fillEveryField(editor, slug);

        test(editor.save).click();

        ShowEditorView saved = (ShowEditorView) getCurrentView();
        long id = editing.list(slug, 0, 1).getFirst().id();
        assertThat(editing.find(id).orElseThrow().visibility()).isEqualTo(Visibility.DRAFT);
        assertThat(ShowFacts.of(editing.find(id).orElseThrow()).ratings().getFirst().percent())
                .isEqualByComparingTo("11.14");
        assertThat(saved.title.getValue()).isEqualTo("The Uncanny Counter");
        assertThat(catalog.findBySlug(slug)).isEmpty();
        UI.getCurrent().navigate("shows/" + slug);
        assertThat(getCurrentView()).as("fans get not-found for a draft").isNotInstanceOf(ShowView.class);

        UI.getCurrent().navigate("admin/catalogue/show/" + id);
        ShowEditorView again = (ShowEditorView) getCurrentView();
        test(again.publish).click();

        assertThat(catalog.findBySlug(slug)).isPresent();
        assertThat(again.state.getText()).contains("Published");
        assertThat(again.publish.isVisible()).isFalse();
        assertThat(again.history.getChildren().count()).as("created, published").isEqualTo(2);
    }

    @Test
    void a_missing_title_and_bad_links_are_reported_beside_their_fields_and_nothing_typed_is_lost() {
        ShowEditorView editor = openNew();
        String slug = slug();
        fillEveryField(editor, slug);
        editor.title.clear();
        editor.slug.setValue(slug);
        var source = (ShowEditorView.SourceRow) editor.sources.row(0);
        source.url.setValue("javascript:alert(1)");
        editor.lastAired.setValue(LocalDate.of(2019, 1, 1));

        test(editor.save).click();

        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Required.");
        assertThat(source.url.isInvalid()).isTrue();
        assertThat(source.url.getErrorMessage()).contains("http://");
        assertThat(editor.lastAired.getErrorMessage()).contains("cannot air before the first");
        assertThat(editor.alert.isVisible()).isTrue();
        assertThat(editor.alert.getText()).contains("3 to fix");
        assertThat(source.url.getValue()).isEqualTo("javascript:alert(1)");
        assertThat(editor.synopsis.getValue()).startsWith("Demon hunters");
        assertThat(((ShowEditorView.CastRow) editor.cast.row(0)).actor.getValue()).isEqualTo("Jo Byung-gyu");
        assertThat(editing.count(slug)).isZero();
        assertThat(editor.save.isEnabled()).as("the button is back for the corrected form").isTrue();
    }

    @Test
    void publishing_without_a_source_for_the_cast_names_the_group_above_the_sources() {
        ShowEditorView editor = openNew();
        String slug = slug();
        fillEveryField(editor, slug);
        ((ShowEditorView.SourceRow) editor.sources.row(0)).covers.setValue(Set.of(FactGroup.TITLES, FactGroup.BROADCAST,
                FactGroup.SYNOPSIS, FactGroup.RATINGS, FactGroup.AWARDS, FactGroup.PETITIONS));
        test(editor.save).click();
        ShowEditorView saved = (ShowEditorView) getCurrentView();

        test(saved.publish).click();

        assertThat(saved.sourcesProblem.isVisible()).isTrue();
        assertThat(saved.sourcesProblem.getText()).contains("No source supports: Cast");
        assertThat(catalog.findBySlug(slug)).isEmpty();
    }

    @Test
    void the_title_proposes_the_address_until_staff_type_one() {
        ShowEditorView editor = openNew();
        editor.title.setValue("Twenty-Five Twenty-One");
        assertThat(editor.slug.getValue()).isEqualTo("twenty-five-twenty-one");
    }

    @Test
    void a_save_after_someone_else_saved_is_refused_keeps_what_was_typed_and_can_be_saved_over_theirs() {
        String slug = slug();
        long id = editing.create(new ShowFacts(slug, "Before", null, null, null, null, null, null, null, null, null,
                null, null, null, null));
        UI.getCurrent().navigate("admin/catalogue/show/" + id);
        ShowEditorView editor = (ShowEditorView) getCurrentView();
        // Someone else saves first.
        editing.update(id, 0, new ShowFacts(slug, "Theirs", null, null, null, null, null, null, null, null, null, null,
                null, null, null));

        editor.title.setValue("Mine");
        test(editor.save).click();

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getElement().getTextRecursively()).contains("saved this show");
        assertThat(editor.title.getValue()).isEqualTo("Mine");
        assertThat(editing.find(id).orElseThrow().title()).isEqualTo("Theirs");

        test(editor.conflict.getChildren().skip(1).findFirst().orElseThrow().getChildren().findFirst()
                .map(com.vaadin.flow.component.button.Button.class::cast).orElseThrow()).click();

        assertThat(editing.find(id).orElseThrow().title()).isEqualTo("Mine");
    }
}
