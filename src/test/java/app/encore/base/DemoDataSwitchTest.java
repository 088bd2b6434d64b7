package app.encore.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * An operator turns the demo catalogue off (or on) for a database in use: Encore starts as before,
 * keeps what is there, and still refuses a schema that is out of step with it.
 */
class DemoDataSwitchTest {

    private Path data;

    @BeforeEach
    void freshDatabase() throws Exception {
        data = Files.createTempDirectory("encore-demo-switch");
    }

    @AfterEach
    void removeDatabase() {
        FileSystemUtils.deleteRecursively(data.toFile());
    }

    @Test
    void switching_the_demo_off_after_it_loaded_starts_and_keeps_the_demo_shows() {
        try (var first = start(true)) {
            assertThat(shows(first)).isEqualTo(8);
        }

        try (var second = start(false)) {
            assertThat(shows(second)).as("demo rows already loaded stay").isEqualTo(8);
        }
    }

    @Test
    void switching_the_demo_on_for_a_database_that_started_without_it_starts_and_adds_nothing() {
        try (var first = start(false)) {
            assertThat(shows(first)).isZero();
        }

        try (var second = start(true)) {
            assertThat(shows(second)).as("the demo is never added to a catalogue in use").isZero();
        }
    }

    @Test
    void a_schema_migration_this_version_does_not_know_still_stops_encore() {
        try (var first = start(true)) {
            // Applied by a newer Encore (tolerated, as Flyway does by default), and applied by an older
            // one but gone from this version's code (not tolerated).
            applied(first, 99, "99", "from the future", "V99__from_the_future.sql");
            applied(first, 98, "2.5", "removed from the code", "V2_5__removed.sql");
        }

        assertThatThrownBy(() -> start(false).close())
                .hasStackTraceContaining("out of step with this version of Encore: 2.5 removed from the code");
    }

    private ConfigurableApplicationContext start(boolean demoData) {
        return new SpringApplicationBuilder(Migrations.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:file:" + data.resolve("encore"),
                        "spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor}",
                        "encore.demo-data=" + demoData,
                        "spring.config.location=optional:classpath:/none.properties")
                .run();
    }

    private static void applied(ConfigurableApplicationContext context, int rank, String version, String description,
            String script) {
        context.getBean(JdbcTemplate.class).update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\","
                + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"installed_on\", \"execution_time\", \"success\")"
                + " VALUES (?, ?, ?, 'SQL', ?, 0, 'sa', CURRENT_TIMESTAMP, 0, TRUE)", rank, version, description, script);
    }

    private static int shows(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM shows", Integer.class);
    }

    /** Just the database, Flyway and the demo switch, as Encore configures them. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            FlywayAutoConfiguration.class})
    @Import(DemoDataConfiguration.class)
    static class Migrations {
    }
}
