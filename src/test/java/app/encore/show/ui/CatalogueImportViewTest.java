package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.show.ShowCatalog;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
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

/** A moderator uploads a catalogue file, reads the preview and imports it, or is told what to fix. */
@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "mina", roles = "MODERATOR")
class CatalogueImportViewTest extends SpringBrowserlessTest {

    @Autowired
    ShowCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void forgetTheShowsThisTestMade() {
        TestShows.madeWithSlugPrefix(jdbc, "upload-");
    }

    private CatalogueImportView open() {
        UI.getCurrent().navigate("admin/catalogue/import");
        return (CatalogueImportView) getCurrentView();
    }

    private static byte[] file(String slug, String lastAired) {
        return ("""
                {"format": "encore-catalogue", "version": 1, "shows": [
                  {"slug": "%s", "title": "Uploaded Drama", "nativeTitle": "올린 드라마", "firstAired": "2021-03-01",
                   "lastAired": "%s", "visibility": "PUBLISHED",
                   "sources": [{"title": "A source", "url": "https://example.org/a", "covers": ["TITLES", "BROADCAST"]}]}
                ]}""").formatted(slug, lastAired).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_valid_file_is_previewed_and_imported_when_the_moderator_confirms() {
        String slug = "upload-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogueImportView view = open();

        view.received("dramas.json", file(slug, "2021-04-20"));

        assertThat(view.summary.getText()).isEqualTo("dramas.json: 1 new, 0 changed, 0 unchanged.");
        assertThat(view.apply.isVisible()).isTrue();
        assertThat(view.apply.getText()).isEqualTo("Import 1 shows");
        assertThat(catalog.findBySlug(slug)).as("nothing until confirmed").isEmpty();

        test(view.apply).click();

        assertThat(catalog.findBySlug(slug)).isPresent();
        assertThat(view.summary.getText()).contains("0 new, 0 changed, 1 unchanged").contains("changes nothing");
        assertThat(view.apply.isVisible()).isFalse();
    }

    @Test
    void a_file_with_a_problem_lists_it_by_row_and_field_and_offers_no_import() {
        String slug = "upload-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogueImportView view = open();

        view.received("dramas.json", file(slug, "2020-01-01"));

        assertThat(view.summary.getText()).contains("1 problems");
        assertThat(view.apply.isVisible()).isFalse();
        var problems = view.preview.getChildren().filter(child -> child.getElement().getClassList().contains("table-scroll"))
                .findFirst().orElseThrow();
        assertThat(problems.getElement().getTextRecursively()).contains("1", slug,
                "Last episode aired", "The last episode cannot air before the first.");
        assertThat(catalog.findBySlug(slug)).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_catalogue_is_named_as_such() {
        CatalogueImportView view = open();

        view.received("photo.json", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(view.preview.getElement().getTextRecursively()).contains("the file", "Not a JSON file");
        assertThat(view.apply.isVisible()).isFalse();
    }
}
