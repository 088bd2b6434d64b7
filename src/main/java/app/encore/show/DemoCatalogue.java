package app.encore.show;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo catalogue's dramas beyond the eight the seed articles discuss: {@code demo/demo-catalogue.json},
 * in the catalogue import format and imported through it, once, on a database that started with the
 * demo ({@code encore.demo-data}, the default). A catalogue in use never gets it, and a show staff
 * deleted or changed afterwards stays as they left it. {@code encore.demo-data.import-catalogue=false}
 * keeps to the eight (the tests do, and count on them).
 */
@Component
class DemoCatalogue {

    static final String FILE = "demo-catalogue.json";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final CatalogueExchange exchange;
    private final JdbcClient jdbc;
    private final boolean demoData;

    DemoCatalogue(CatalogueExchange exchange, JdbcClient jdbc, @Value("${encore.demo-data:true}") boolean demoData,
            @Value("${encore.demo-data.import-catalogue:true}") boolean importCatalogue) {
        this.exchange = exchange;
        this.jdbc = jdbc;
        this.demoData = demoData && importCatalogue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importOnce() {
        if (!demoData || !startedWithDemo() || exchange.imported(FILE)) {
            return;
        }
        try (InputStream in = new ClassPathResource("demo/" + FILE).getInputStream()) {
            CataloguePreview done = exchange.importAs("encore", FILE, in.readAllBytes());
            log.info("Imported the demo catalogue: {} dramas added", done.added().size());
        } catch (DataIntegrityViolationException anotherNodeFirst) {
            log.info("Another node imported the demo catalogue first");
        } catch (IOException e) {
            throw new IllegalStateException("The demo catalogue is missing from the jar", e);
        }
    }

    /** Whether the demo's own migration ran on this database (it runs only on an empty one). */
    private boolean startedWithDemo() {
        return jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"script\" = 'V1_1__demo_catalogue.sql'"
                + " AND \"success\" = TRUE").query(Integer.class).single() > 0;
    }
}
