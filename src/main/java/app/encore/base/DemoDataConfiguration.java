package app.encore.base;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.pattern.ValidatePattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo catalogue's migrations ({@code db/demo}) run with the schema's while
 * {@code encore.demo-data} is true (the default). Demo versions sit between schema versions (V1
 * schema, V1_1 demo rows), so each demo step runs right after the schema it needs.
 * <p>
 * The switch can change on a database in use. Switched off after the demo loaded, Flyway finds
 * applied migrations it no longer knows; switched on for a database that started without it, it finds
 * demo migrations older than the schema. Flyway is told to accept both, and {@link #migrate()}
 * checks before migrating that every such migration is a demo one: a schema migration out of step
 * still stops Encore. Demo rows already loaded stay; the demo is never added to a catalogue in use.
 */
@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoDataConfiguration.class);

    static final String DEMO_LOCATION = "classpath:db/demo";
    private static final Set<MigrationState> OUT_OF_STEP = EnumSet.of(MigrationState.MISSING_SUCCESS,
            MigrationState.MISSING_FAILED, MigrationState.IGNORED);

    @Bean
    FlywayConfigurationCustomizer demoData(@Value("${encore.demo-data:true}") boolean demoData) {
        return configuration -> {
            if (demoData) {
                configuration.locations(Stream.concat(
                                Arrays.stream(configuration.getLocations()).map(Location::getDescriptor),
                                Stream.of(DEMO_LOCATION))
                        .toArray(String[]::new));
            }
            configuration.ignoreMigrationPatterns(Stream.concat(Arrays.stream(configuration.getIgnoreMigrationPatterns()),
                            Stream.of("*:missing", "*:ignored").map(ValidatePattern::fromPattern))
                    .toArray(ValidatePattern[]::new));
        };
    }

    @Bean
    FlywayMigrationStrategy migrate() {
        return flyway -> {
            List<MigrationInfo> outOfStep = Arrays.stream(flyway.info().all())
                    .filter(info -> OUT_OF_STEP.contains(info.getState()))
                    .toList();
            List<String> schema = outOfStep.stream().filter(info -> !isDemo(info))
                    .map(info -> info.getVersion() + " " + info.getDescription() + " (" + info.getState() + ")")
                    .toList();
            if (!schema.isEmpty()) {
                throw new IllegalStateException("The database's schema is out of step with this version of Encore: "
                        + String.join(", ", schema));
            }
            if (outOfStep.stream().anyMatch(info -> info.getState() == MigrationState.IGNORED)) {
                log.warn("encore.demo-data is on, but this database started without the demo catalogue;"
                        + " Encore does not add it to a catalogue in use (start with an empty database to get it)");
            }
            flyway.migrate();
        };
    }

    private static boolean isDemo(MigrationInfo info) {
        return info.getScript() != null
                && new ClassPathResource(DEMO_LOCATION.substring("classpath:".length()) + "/" + info.getScript()).exists();
    }
}
