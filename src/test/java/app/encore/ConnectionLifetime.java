package app.encore;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.rumor.ModerationState;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.show.CatalogueExchange;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.show.ShowCatalog;
import app.encore.support.ProofOfWorkSolver;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Encore keeps working after its connection pool has replaced every connection it started with,
 * which in production happens to each connection after {@code spring.datasource.hikari.max-lifetime}
 * (30 minutes). H2 2.4.240 tied every {@code CHECK (x IN (...))} constraint to the session that
 * created it, so once the pool retired the connection Flyway had migrated with, every insert into
 * such a table failed with "Check constraint invalid" ("The database has been closed"), until a
 * restart. Here the pool retires its connections at once (as its lifetime does, only sooner) on a
 * database of this test's own that Flyway has just migrated, and then a rumor, an official status
 * and a catalogue import are saved: on H2 ({@link ConnectionLifetimeTest}) and PostgreSQL
 * ({@link ConnectionLifetimeOnPostgresTest}), each on a database of the test's own.
 */
@SpringBootTest(properties = {
    // The shortest lifetime Hikari allows: nothing here may depend on a connection living longer.
    "spring.datasource.hikari.max-lifetime=30000",
    "spring.datasource.hikari.minimum-idle=2"})
@WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
abstract class ConnectionLifetime {

    @Autowired
    HikariDataSource pool;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rumors rumors;

    @Autowired
    ShowAdministration administration;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    CatalogueExchange exchange;

    /**
     * The sessions (H2) or backends (PostgreSQL) of this pool's connections, as the database lists them, each
     * with the moment it started: H2 closes a database whose last session closed and numbers the sessions of
     * the reopened one from the start again, so a number alone may name a new session.
     */
    List<String> poolSessions() {
        if (isPostgres()) {
            return jdbc.sql("SELECT pid || '@' || backend_start FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name NOT LIKE 'encore-listener-%'").query(String.class).list();
        }
        return jdbc.sql("SELECT session_id || '@' || session_start FROM information_schema.sessions").query(String.class).list();
    }

    boolean isPostgres() {
        return pool.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    void retireEveryConnection() throws InterruptedException {
        List<String> before = poolSessions();
        pool.getHikariPoolMXBean().softEvictConnections();
        // Connections in use are closed when they come back; wait until none of the first ones is left.
        for (int i = 0; i < 100 && poolSessions().stream().anyMatch(before::contains); i++) {
            Thread.sleep(50);
        }
        assertThat(poolSessions()).as("sessions left from before the pool retired its connections")
                .doesNotContainAnyElementsOf(before);
    }

    @Test
    void a_rumor_a_status_change_and_an_import_are_saved_after_the_pool_retired_the_connection_that_migrated()
            throws InterruptedException {
        retireEveryConnection();

        long showId = catalog.findBySlug("crash-landing-on-you").orElseThrow().id();
        var rumor = rumors.submit(FanId.random(), showId, new RumorDraft("Netflix confirmed a second season",
                null, "https://press.example/season-two", SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                ProofOfWorkSolver.solve(rumors.challenge()));
        assertThat(rumor.state()).isEqualTo(ModerationState.PENDING);

        administration.setOfficialStatus(showId, OfficialStatus.RENEWED, "tvN announces season 2",
                "https://press.example/renewed");
        assertThat(catalog.findBySlug("crash-landing-on-you").orElseThrow().officialStatus())
                .isEqualTo(OfficialStatus.RENEWED);

        String slug = "lifetime-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = ("""
                {"format": "encore-catalogue", "version": 1, "shows": [{"slug": "%s", "title": "Lifetime Test", "visibility": "PUBLISHED",
                 "network": "tvN", "sources": [{"title": "Lifetime Test — tvN", "url": "https://tvn.example/lifetime",
                 "covers": ["TITLES", "BROADCAST"]}]}]}""")
                .formatted(slug).getBytes(StandardCharsets.UTF_8);
        exchange.apply("lifetime.json", file, sha256(file));
        assertThat(catalog.findBySlug(slug)).as("the imported show").isPresent();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
