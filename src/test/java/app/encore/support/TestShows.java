package app.encore.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Shows made for one test, so its votes never meet another test's. Register it on the test class
 * ({@code @ExtendWith(TestShows.class)}): after each test it removes the shows that test made, with
 * their forecasts and history, so the demo catalogue that other tests count stays as it is.
 */
public final class TestShows implements AfterEachCallback {

    private static final List<Long> created = new CopyOnWriteArrayList<>();

    /** A new show with an open question. */
    public static Created open(JdbcClient jdbc) {
        return create(jdbc, "UNANNOUNCED");
    }

    /** A new show the network has renewed: its question is closed. */
    public static Created renewed(JdbcClient jdbc) {
        return create(jdbc, "RENEWED");
    }

    /** A show a test made another way (through the editor or an import): removed after the test too. */
    public static void made(long showId) {
        created.add(showId);
    }

    /** The shows whose address starts so, made by a test another way: removed after the test too. */
    public static void madeWithSlugPrefix(JdbcClient jdbc, String prefix) {
        created.addAll(jdbc.sql("SELECT id FROM shows WHERE slug LIKE :prefix").param("prefix", prefix + "%")
                .query(Long.class).list());
    }

    private static Created create(JdbcClient jdbc, String status) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO shows (slug, title, official_status, status_source_title, status_changed_at, created_at,"
                        + " version) VALUES (:slug, :title, :status, :source, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                .param("slug", slug)
                .param("title", "Test Show " + slug)
                .param("status", status)
                .param("source", status.equals("UNANNOUNCED") ? null : "Test announcement")
                .update();
        long id = jdbc.sql("SELECT id FROM shows WHERE slug = :slug").param("slug", slug).query(Long.class).single();
        created.add(id);
        return new Created(id, slug, "Test Show " + slug);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (created.isEmpty()) {
            return;
        }
        JdbcClient jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
        List<Long> ids = List.copyOf(created);
        // The odds history is written in the background a moment after a vote, so a point may land
        // between deleting the history and deleting the show: then delete again.
        for (int attempt = 1; ; attempt++) {
            try {
                delete(jdbc, ids);
                break;
            } catch (DataIntegrityViolationException writtenMeanwhile) {
                if (attempt == 10) {
                    throw writtenMeanwhile;
                }
                sleep(200);
            }
        }
        created.removeAll(ids);
    }

    private static void delete(JdbcClient jdbc, List<Long> ids) {
        jdbc.sql("DELETE FROM rumor_report WHERE rumor_id IN (SELECT id FROM rumor WHERE show_id IN (:ids))")
                .param("ids", ids).update();
        for (String table : List.of("question_score", "resolution_annulment")) {
            jdbc.sql("DELETE FROM " + table + " WHERE resolution_id IN (SELECT id FROM resolution WHERE show_id IN (:ids))")
                    .param("ids", ids).update();
        }
        jdbc.sql("DELETE FROM resolution WHERE show_id IN (:ids)").param("ids", ids).update();
        for (String table : List.of("crowd_odds_point", "forecast_history", "forecast", "rumor", "show_status_change")) {
            jdbc.sql("DELETE FROM " + table + " WHERE show_id IN (:ids)").param("ids", ids).update();
        }
        jdbc.sql("DELETE FROM shows WHERE id IN (:ids)").param("ids", ids).update();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public record Created(long id, String slug, String title) {
    }
}
