package app.encore.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.show.CataloguePreview.FileProblem;
import app.encore.support.TestShows;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalogue files in and out: a valid file is previewed, then imported all at once; a file with one
 * bad row writes nothing and names the row and the field; importing it again changes nothing; an
 * export imports back as no change at all and passes its own schema. ({@link CatalogueExchangeOnPostgresTest}
 * runs these again on PostgreSQL.)
 */
@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "mina", roles = "MODERATOR")
class CatalogueExchangeTest {

    @Autowired
    JdbcClient cleanupJdbc;

    @AfterEach
    void forgetTheShowsThisTestMade() {
        TestShows.madeWithSlugPrefix(cleanupJdbc, "import-");
    }


    @Autowired
    CatalogueExchange exchange;

    @Autowired
    ShowEditing editing;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private static String show(String slug, String title, String extra) {
        return """
                {"slug": "%s", "title": "%s", "nativeTitle": "시험 드라마", "network": "tvN", "firstAired": "2021-03-01",
                 "episodes": 12, "cast": [{"actor": "Kim Test", "role": "Lead"}],
                 "sources": [{"title": "%s — Wikipedia", "url": "https://en.wikipedia.org/wiki/Test",
                              "covers": ["TITLES", "BROADCAST", "CAST"]}]%s}""".formatted(slug, title, title, extra);
    }

    private static byte[] file(String... shows) {
        return ("{\"format\": \"encore-catalogue\", \"version\": 1, \"shows\": [" + String.join(",", shows) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String slug() {
        return "import-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_valid_file_is_previewed_without_writing_then_imported_whole() {
        String first = slug();
        String second = slug();
        byte[] content = file(show(first, "First Import", ", \"visibility\": \"PUBLISHED\""),
                show(second, "Second Import", ""));

        CataloguePreview preview = exchange.preview("shows.json", content);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.added()).extracting(CataloguePreview.Added::slug).containsExactly(first, second);
        assertThat(preview.added()).extracting(CataloguePreview.Added::visibility)
                .containsExactly(Visibility.PUBLISHED, Visibility.DRAFT);
        assertThat(editing.count(first)).as("a preview writes nothing").isZero();

        exchange.apply("shows.json", content, preview.sha256());

        assertThat(catalog.findBySlug(first)).as("published, as the file says").isPresent();
        assertThat(catalog.findBySlug(second)).as("a draft: the file says nothing").isEmpty();
        long secondId = editing.list(second, 0, 1).getFirst().id();
        assertThat(editing.revisions(secondId)).singleElement()
                .satisfies(revision -> assertThat(revision.kind()).isEqualTo(ShowRevision.Kind.IMPORTED));
    }

    @Test
    void a_file_with_one_bad_row_writes_nothing_and_names_the_row_and_the_field() {
        String good = slug();
        String bad = slug();
        byte[] content = file(show(good, "Good Row", ""),
                show(bad, "Bad Row", ", \"lastAired\": \"2020-01-01\""),
                show(slug(), "Bad Link", "").replace("https://en.wikipedia.org/wiki/Test", "javascript:alert(1)"));

        CataloguePreview preview = exchange.preview("shows.json", content);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(FileProblem::row, FileProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "lastAired"),
                        org.assertj.core.groups.Tuple.tuple(3, "sources[0].url"));
        assertThatThrownBy(() -> exchange.apply("shows.json", content, preview.sha256()))
                .isInstanceOf(InvalidCatalogueException.class);
        assertThat(editing.count(good)).as("not even the good row").isZero();
    }

    @Test
    void each_row_whose_source_has_no_link_is_reported_and_a_quote_comes_in_with_its_source() {
        String quoted = slug();
        byte[] content = file(show(slug(), "No Link", "").replace("\"url\": \"https://en.wikipedia.org/wiki/Test\",", ""),
                show(quoted, "Quoted", "").replace("\"covers\"", "\"quote\": \"Quoted is a 2021 drama.\", \"covers\""),
                show(slug(), "Also No Link", "").replace("\"url\": \"https://en.wikipedia.org/wiki/Test\",", ""));

        CataloguePreview preview = exchange.preview("shows.json", content);

        assertThat(preview.problems()).extracting(FileProblem::row, FileProblem::field, problem -> problem.problem().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "sources[0].url", "show-edit.error.source-link"),
                        org.assertj.core.groups.Tuple.tuple(3, "sources[0].url", "show-edit.error.source-link"));

        byte[] good = file(show(quoted, "Quoted", "").replace("\"covers\"",
                "\"quote\": \"Quoted is a 2021 drama.\", \"covers\""));
        exchange.apply("quoted.json", good, CatalogueExchange.sha256(good));
        long id = editing.list(quoted, 0, 1).getFirst().id();
        assertThat(editing.find(id)).hasValueSatisfying(show -> assertThat(show.sources()).singleElement()
                .satisfies(source -> assertThat(source.quote()).isEqualTo("Quoted is a 2021 drama.")));
    }

    @Test
    void a_file_that_breaks_the_schema_is_reported_by_row_and_field() {
        byte[] content = file(show(slug(), "Typo", ", \"episodez\": 3"), "{\"title\": \"No address\"}");

        CataloguePreview preview = exchange.preview("shows.json", content);

        assertThat(preview.problems()).extracting(FileProblem::row, FileProblem::field, problem -> problem.problem().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "episodez", "catalogue.error.unknown-field"),
                        org.assertj.core.groups.Tuple.tuple(2, "slug", "show-edit.error.required"));
        assertThat(exchange.preview("shows.json", file(show("Not A Slug", "Bad address", ""))).problems())
                .extracting(FileProblem::field, problem -> problem.problem().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("slug", "show-edit.error.slug"));
        assertThat(exchange.preview("shows.json", file(show(slug(), "Odd episodes", ", \"episodes\": \"twelve\""))).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("episodes");
                    assertThat(problem.problem().key()).isEqualTo("catalogue.error.schema");
                });
        assertThat(exchange.preview("shows.json", "{not json".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.row()).isZero();
                    assertThat(problem.problem().key()).isEqualTo("catalogue.error.not-json");
                });
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        String slug = slug();
        byte[] content = file(show(slug, "Twice", ""));
        exchange.apply("twice.json", content, CatalogueExchange.sha256(content));
        long id = editing.list(slug, 0, 1).getFirst().id();
        int revisions = editing.revisions(id).size();

        CataloguePreview again = exchange.apply("twice.json", content, CatalogueExchange.sha256(content));

        assertThat(again.changesNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(editing.revisions(id)).hasSize(revisions);
    }

    @Test
    void a_changed_show_is_previewed_field_by_field() {
        String slug = slug();
        exchange.apply("v1.json", file(show(slug, "Before", "")), CatalogueExchange.sha256(file(show(slug, "Before", ""))));

        CataloguePreview preview = exchange.preview("v2.json", file(show(slug, "After", "")));

        assertThat(preview.changed()).singleElement().satisfies(changed -> assertThat(changed.changes())
                .contains(new ShowFacts.FieldChange("title", "Before", "After")));
    }

    @Test
    void an_export_imports_back_as_no_change_and_passes_its_own_schema() throws Exception {
        editing.create(ShowEditingTest.everyField(slug()));
        byte[] exported = exchange.exportJson();

        CataloguePreview back = exchange.preview("export.json", exported);

        assertThat(back.problems()).isEmpty();
        assertThat(back.changesNothing()).isTrue();
        assertThat(back.unchanged()).isEqualTo(editing.count(null));
        try (var schema = new ClassPathResource("META-INF/resources/catalogue.schema.json").getInputStream()) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                    .validate(json.readTree(exported))).isEmpty();
        }
    }

    @Test
    void a_csv_export_imports_back_as_no_change() {
        editing.create(ShowEditingTest.everyField(slug()));
        byte[] exported = exchange.exportCsv();

        CataloguePreview back = exchange.preview("export.csv", exported);

        assertThat(back.problems()).isEmpty();
        assertThat(back.changesNothing()).isTrue();
        assertThat(new String(exported, StandardCharsets.UTF_8)).startsWith(String.join(",", CatalogueExchange.CSV_COLUMNS));
    }

    @Test
    void a_csv_file_sets_the_flat_fields_and_keeps_the_lists() {
        String slug = slug();
        long id = editing.create(ShowEditingTest.everyField(slug));
        String csv = "slug,title,nativeTitle,network,episodes,firstAired,sourceTitle,sourceUrl\n"
                + slug + ",\"The Uncanny Counter, Season 1\",경이로운 소문,OCN,16,2020-11-28,A CSV source,https://csv.example/a\n";

        CataloguePreview preview = exchange.preview("flat.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).isEmpty();
        exchange.apply("flat.csv", csv.getBytes(StandardCharsets.UTF_8), preview.sha256());

        Show show = editing.find(id).orElseThrow();
        assertThat(show.title()).isEqualTo("The Uncanny Counter, Season 1");
        assertThat(show.cast()).as("lists are not in CSV: kept").hasSize(2);
        assertThat(show.sources()).extracting(Source::title).contains("A CSV source");
        assertThat(exchange.preview("flat.csv", csv.getBytes(StandardCharsets.UTF_8)).changesNothing()).isTrue();
    }

    @Test
    void a_csv_cell_that_does_not_parse_is_reported_at_its_line_and_column() {
        String csv = "slug,title,firstAired,episodes\n" + slug() + ",Fine,2020-01-01,10\n" + slug() + ",Broken,2020-13-45,ten\n";

        CataloguePreview preview = exchange.preview("flat.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.problems()).extracting(FileProblem::row, FileProblem::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "firstAired"),
                        org.assertj.core.groups.Tuple.tuple(3, "episodes"));
    }

}
