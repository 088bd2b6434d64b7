package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.show.FactGroup;
import app.encore.show.ShowEditing;
import app.encore.support.HostileInput;
import app.encore.support.HostileInput.Entry;
import app.encore.support.HostileInput.Outcome;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import java.util.Locale;
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
 * The table of hostile input ({@link HostileInput}) through the show editor's title (one line) and
 * synopsis (lines): each entry is refused beside its field with everything typed kept, or saved
 * exactly; links in capitals are saved in lower case and links that are no web page are refused.
 */
@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "mina", roles = "MODERATOR")
class ShowEditorHostileInputTest extends SpringBrowserlessTest {

    static final String REFUSED = "This holds invisible control characters, often pasted along with text."
            + " Remove them and try again.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShowEditing editing;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void forgetTheShowsThisTestMade() {
        TestShows.madeWithSlugPrefix(jdbc, "hostile-edit-");
    }

    private ShowEditorView save(String slug, String title, String synopsis, String sourceUrl) {
        UI.getCurrent().navigate("admin/catalogue/show/new");
        ShowEditorView editor = (ShowEditorView) getCurrentView();
        editor.title.setValue(title);
        editor.slug.setValue(slug);
        editor.synopsis.setValue(synopsis);
        var source = (ShowEditorView.SourceRow) editor.sources.addRow();
        source.title.setValue("A source");
        source.url.setValue(sourceUrl);
        source.covers.setValue(EnumSet.allOf(FactGroup.class));
        test(editor.save).click();
        return editor;
    }

    private static String slug() {
        return "hostile-edit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void every_entry_in_the_title_and_the_synopsis_is_refused_beside_it_and_kept_or_saved_exactly() {
        for (Entry entry : HostileInput.table()) {
            String slug = slug();
            ShowEditorView editor = save(slug, entry.text(), entry.text(), "https://tvn.example/show");

            if (entry.inLine() == Outcome.REFUSED || entry.inText() == Outcome.REFUSED) {
                assertThat(editing.count(slug)).as(entry + ": nothing saved").isZero();
                assertThat(editor.title.isInvalid()).as(entry + " in the title").isEqualTo(entry.inLine() == Outcome.REFUSED);
                assertThat(editor.synopsis.isInvalid()).as(entry + " in the synopsis")
                        .isEqualTo(entry.inText() == Outcome.REFUSED);
                if (entry.inLine() == Outcome.REFUSED) {
                    assertThat(editor.title.getErrorMessage()).as(entry.name()).isEqualTo(REFUSED);
                }
                assertThat(editor.title.getValue()).as(entry + " kept as typed").isEqualTo(entry.text());
                assertThat(editor.synopsis.getValue()).as(entry + " kept as typed").isEqualTo(entry.text());
                continue;
            }
            var saved = editing.find(editing.list(slug, 0, 1).getFirst().id()).orElseThrow();
            assertThat(saved.title()).as(entry + " saved exactly").isEqualTo(entry.text().strip());
            assertThat(saved.synopsis()).as(entry + " saved exactly").isEqualTo(entry.text().strip());
        }
    }

    @Test
    void a_source_in_capitals_is_saved_in_lower_case_and_links_that_are_no_web_page_are_refused() {
        for (var link : HostileInput.LINKS) {
            String slug = slug();
            save(slug, "Links In Capitals", "", link.get(0));
            var saved = editing.find(editing.list(slug, 0, 1).getFirst().id()).orElseThrow();
            assertThat(saved.sources()).singleElement().satisfies(source -> assertThat(source.url()).isEqualTo(link.get(1)));
        }
        for (String link : HostileInput.BAD_LINKS) {
            String slug = slug();
            ShowEditorView editor = save(slug, "Links That Are No Web Page", "", link);
            var source = (ShowEditorView.SourceRow) editor.sources.row(0);
            assertThat(source.url.isInvalid()).as(link).isTrue();
            assertThat(source.url.getValue()).as("kept as typed").isEqualTo(link);
            assertThat(editing.count(slug)).isZero();
        }
    }

    @Test
    void a_megabyte_title_and_synopsis_are_refused_for_their_length_and_stay_typed() {
        String slug = slug();
        ShowEditorView editor = save(slug, HostileInput.MEGABYTE, HostileInput.MEGABYTE, "https://tvn.example/show");

        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.synopsis.isInvalid()).isTrue();
        assertThat(editor.title.getValue()).hasSize(1 << 20);
        assertThat(editing.count(slug)).isZero();
    }
}
