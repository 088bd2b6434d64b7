package app.encore.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.resolution.Resolutions;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.show.ShowCatalog;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** An admin resolves a question from /admin/shows with the announcement time, and can withdraw it. */
@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
class ShowsAdminResolutionTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    Resolutions resolutions;

    TestShows.Created show;

    @Autowired
    ShowAdministration administration;

    @Autowired
    app.encore.show.ShowEditing editing;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show = TestShows.open(jdbc);
    }

    private void open() {
        UI.getCurrent().navigate("admin/shows");
        @SuppressWarnings("unchecked")
        Grid<app.encore.show.ShowEditing.StaffShowRow> grid = $(Grid.class).single();
        grid.asSingleSelect().setValue(editing.row(show.id()).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private void fillStatus(OfficialStatus status) {
        open();
        $(Select.class).single().setValue(status);
        $(TextField.class).withCaption("Source (headline or statement)").single().setValue("tvN confirms season 2");
        $(TextField.class).withCaption("Source link").single().setValue("https://tvn.example/s2");
    }

    private DateTimePicker announced() {
        return $(DateTimePicker.class).single();
    }

    @Test
    void an_announcement_a_day_ago_resolves_the_question_as_of_then() {
        fillStatus(OfficialStatus.RENEWED);
        LocalDateTime dayAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(1).withSecond(0).withNano(0);
        announced().setValue(dayAgo);

        test($(Button.class).withText("Save status").single()).click();
        test($(Button.class).withText("Record “Renewed” and score no fans").single()).click();

        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.RENEWED);
        assertThat(resolutions.current(show.id()).orElseThrow().announcedAt())
                .as("entered in the admin's zone, UTC here").isEqualTo(dayAgo.toInstant(ZoneOffset.UTC));
    }

    @Test
    void the_words_of_the_announcement_are_checked_beside_their_field_then_shown_with_the_status() {
        fillStatus(OfficialStatus.RENEWED);
        var words = $(com.vaadin.flow.component.textfield.TextArea.class)
                .withCaption("Words of the announcement (optional)").single();
        words.setValue("tvN said \u0000 it");
        test($(Button.class).withText("Save status").single()).click();
        assertThat(words.isInvalid()).isTrue();
        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.UNANNOUNCED);
        assertThat(words.getValue()).as("kept to correct").contains("tvN said");

        words.setValue("tvN confirmed on Monday that a second season is in production.");
        test($(Button.class).withText("Save status").single()).click();
        test($(Button.class).withText("Record “Renewed” and score no fans").single()).click();

        assertThat(catalog.findBySlug(show.slug()).orElseThrow().statusSource().quote())
                .isEqualTo("tvN confirmed on Monday that a second season is in production.");
    }

    @Test
    void resolving_asks_first_naming_the_show_the_outcome_and_the_fans_it_scores_and_cancelling_changes_nothing() {
        for (int fan = 0; fan < 3; fan++) {
            jdbc.sql("INSERT INTO forecast_history (show_id, fan_id, probability, made_at) VALUES (:show, :fan, 60, :at)")
                    .param("show", show.id()).param("fan", java.util.UUID.randomUUID())
                    .param("at", java.time.OffsetDateTime.now(ZoneOffset.UTC).minusDays(2)).update();
        }
        fillStatus(OfficialStatus.CANCELLED);

        test($(Button.class).withText("Save status").single()).click();

        var question = $(com.vaadin.flow.component.html.Paragraph.class).withClassName("confirm-text").single();
        assertThat(question.getText()).contains(show.title()).contains("“No more seasons”").contains("scores 3 fans");
        assertThat(catalog.officialStatus(show.id())).as("nothing yet").contains(OfficialStatus.UNANNOUNCED);

        var dialog = $(app.encore.base.ui.NativeDialog.class).single();
        test($(Button.class).withText("Cancel").single()).click();

        assertThat(dialog.isOpened()).as("the question is gone").isFalse();
        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.UNANNOUNCED);
        assertThat(resolutions.all(show.id())).isEmpty();
        assertThat($(TextField.class).withCaption("Source link").single().getValue()).as("nothing typed is lost")
                .isEqualTo("https://tvn.example/s2");

        test($(Button.class).withText("Save status").single()).click();
        test($(Button.class).withText("Record “No more seasons” and score 3 fans").single()).click();

        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.CANCELLED);
        assertThat(resolutions.current(show.id()).orElseThrow().forecasters()).isEqualTo(3);
    }

    @Test
    void the_panel_names_the_show_its_status_and_source_and_lists_a_status_that_came_with_the_catalogue() {
        jdbc.sql("UPDATE shows SET official_status = 'RENEWED', status_source_title = 'tvN press release',"
                + " status_source_url = 'https://tvn.example/press' WHERE id = :id").param("id", show.id()).update();
        open();

        assertThat($(com.vaadin.flow.component.html.H2.class).withText("Official status of " + show.title()).all())
                .hasSize(1);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("admin-current-status").single()
                .getText()).contains("Renewed").contains("tvN press release").contains("https://tvn.example/press");
        assertThat($(com.vaadin.flow.component.html.ListItem.class).all()).extracting(item -> item.getText())
                .anySatisfy(item -> assertThat(item).contains("tvN press release").contains("recorded with the catalogue"));
    }

    @Test
    void an_announcement_in_the_future_is_refused_next_to_the_field_and_keeps_what_was_typed() {
        fillStatus(OfficialStatus.RENEWED);
        announced().setValue(LocalDateTime.now(ZoneOffset.UTC).plusDays(2));

        test($(Button.class).withText("Save status").single()).click();

        assertThat(announced().isInvalid()).isTrue();
        assertThat(announced().getErrorMessage()).contains("cannot be in the future");
        assertThat($(TextField.class).withCaption("Source (headline or statement)").single().getValue())
                .isEqualTo("tvN confirms season 2");
        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.UNANNOUNCED);
        assertThat(resolutions.all(show.id())).isEmpty();
        assertThat($(Button.class).withText("Save status").single().isEnabled())
                .as("the button, off while the server answered, is back for the corrected time").isTrue();
    }

    @Test
    void a_missing_announcement_time_is_refused_next_to_the_field() {
        fillStatus(OfficialStatus.CANCELLED);
        announced().clear();

        test($(Button.class).withText("Save status").single()).click();

        assertThat(announced().isInvalid()).isTrue();
        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.UNANNOUNCED);
    }

    @Test
    void withdrawing_needs_a_reason_and_then_reopens_the_question() {
        administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED, "tvN confirms", "https://tvn.example/s2");
        open();
        TextArea reason = $(TextArea.class).withCaption("Why (a mistaken source, say)").single();
        Button withdraw = $(Button.class).withText("Withdraw status and reopen the question").single();

        test(withdraw).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Say why");
        assertThat(withdraw.isEnabled()).as("the button is back for the reason").isTrue();
        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.RENEWED);

        reason.setValue("The link was a fan account");
        test(withdraw).click();

        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.UNANNOUNCED);
        assertThat(resolutions.current(show.id())).isEmpty();
        assertThat(resolutions.all(show.id())).singleElement()
                .satisfies(annulled -> assertThat(annulled.annulment().reason()).isEqualTo("The link was a fan account"));
    }
}
