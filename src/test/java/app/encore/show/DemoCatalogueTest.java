package app.encore.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo catalogue as Encore starts with it, on a database of its own: the eight dramas of the seed
 * articles, and 21 more loaded once through the catalogue import from {@code demo/demo-catalogue.json}.
 * (The other tests keep to the eight: {@code encore.demo-data.import-catalogue=false}.)
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:encore-demo-import;DB_CLOSE_DELAY=-1",
        "encore.demo-data.import-catalogue=true"})
class DemoCatalogueTest {

    @Autowired
    ShowCatalog catalog;

    @Autowired
    CatalogueExchange exchange;

    @Autowired
    DemoCatalogue demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_dramas_beyond_the_seed_articles_were_loaded_through_the_import_and_are_published() {
        assertThat(exchange.imported(DemoCatalogue.FILE)).isTrue();
        assertThat(catalog.find(ShowQuery.all(), 0, 100).total()).isEqualTo(29);
        assertThat(catalog.findBySlug("descendants-of-the-sun")).hasValueSatisfying(show -> {
            assertThat(show.nativeTitle()).isEqualTo("태양의 후예");
            assertThat(show.network()).isEqualTo("KBS2");
            assertThat(show.sources()).as("a source for each group, each with its words").hasSize(5)
                    .allSatisfy(source -> assertThat(source.quote()).isNotBlank())
                    .flatExtracting(Source::groups)
                    .contains(FactGroup.TITLES, FactGroup.BROADCAST, FactGroup.SYNOPSIS, FactGroup.CAST);
            assertThat(show.sources().getFirst().quote()).contains("태양의 후예");
        });
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT show_id) FROM show_revision WHERE kind = 'IMPORTED'"
                + " AND edited_by = 'encore'").query(Integer.class).single()).isEqualTo(21);
        assertThat(List.of("reply-1988", "mr-sunshine", "queen-of-tears")).allMatch(s -> catalog.findBySlug(s).isPresent());
    }

    @Test
    void starting_again_imports_nothing_more() {
        int before = catalog.find(ShowQuery.all(), 0, 100).total();
        demo.importOnce();
        assertThat(catalog.find(ShowQuery.all(), 0, 100).total()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_import WHERE name = :name").param("name", DemoCatalogue.FILE)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
